import { ipcContract, type Channel, type ChannelInput, type ChannelOutput, type IpcResult } from './ipc-contract';

/** One handler per channel; a missing one is a compile error. */
export type Handlers = { [C in Channel]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C> };

/** Who sent a call, as far as the transport can tell. */
export interface Sender {
  url: string;
  isMainFrame: boolean;
}

/** Validates sender and input, runs the handler and returns its result (or failure) as a value. */
export type Dispatch = (sender: Sender, channel: string, input: unknown) => Promise<IpcResult<unknown>>;

/** Creates the transport-independent dispatcher used by Electron's IPC and by the browser test harness. */
export function createDispatcher(handlers: Handlers, isTrustedSender: (sender: Sender) => boolean): Dispatch {
  return async (sender, channel, input) => {
    if (!isTrustedSender(sender)) {
      return { ok: false, error: { code: 'bad-sender', message: 'call refused: not from the app page' } };
    }
    if (!Object.hasOwn(ipcContract, channel)) {
      return { ok: false, error: { code: 'bad-input', message: `unknown channel ${JSON.stringify(channel)}` } };
    }
    const spec = ipcContract[channel as Channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { ok: false, error: { code: 'bad-input', message: `${channel}: ${first?.path.join('.') || 'input'}: ${first?.message ?? 'invalid'}` } };
    }
    try {
      const handler = handlers[channel as Channel] as (value: unknown) => unknown;
      const output = spec.output.parse(await handler(parsed.data));
      return { ok: true, value: output };
    } catch (error) {
      return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
    }
  };
}
