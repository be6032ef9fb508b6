import type { IpcResult } from '../../electron/ipc-contract';
import { ipcContract } from '../../electron/ipc-contract';
import type { BookmarkChannel, BookmarkHandlers } from './bookmark-service';

/**
 * The web edition's transport for the bookmark channels: it checks input and output against the contract
 * exactly as the main-process dispatcher does and returns failures as values, so the UI cannot tell the stores apart.
 */
export function createBookmarkInvoke(handlers: BookmarkHandlers): (channel: string, input: unknown) => Promise<IpcResult<unknown>> {
  return async (channel, input) => {
    if (!Object.hasOwn(handlers, channel) || !Object.hasOwn(ipcContract, channel)) {
      return { ok: false, error: { code: 'bad-input', message: `unknown channel ${JSON.stringify(channel)}` } };
    }
    const spec = ipcContract[channel as BookmarkChannel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { ok: false, error: { code: 'bad-input', message: `${channel}: ${first?.path.join('.') || 'input'}: ${first?.message ?? 'invalid'}` } };
    }
    try {
      const handler = handlers[channel as BookmarkChannel] as (value: unknown) => Promise<unknown>;
      return { ok: true, value: spec.output.parse(await handler(parsed.data)) };
    } catch (error) {
      return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
    }
  };
}
