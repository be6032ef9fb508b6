import { ipcContract, type Channel, type IpcResult } from './ipc-contract';

/** A channel's handler, typed loosely because the contract checks what goes in and what comes out. */
export type LooseHandler = (input: unknown) => unknown;

/**
 * Checks a call's input against the IPC contract, runs the channel's handler and checks its output; every
 * failure is a value. Node-free, so the main-process dispatcher and the web edition's bookmark transport share it.
 */
export async function checkedCall(
  channel: string,
  input: unknown,
  handlerOf: (channel: Channel) => LooseHandler | undefined,
): Promise<IpcResult<unknown>> {
  const handler = Object.hasOwn(ipcContract, channel) ? handlerOf(channel as Channel) : undefined;
  if (!handler)
    return { ok: false, error: { code: 'bad-input', message: `unknown channel ${JSON.stringify(channel)}` } };
  const spec = ipcContract[channel as Channel];
  const parsed = spec.input.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      error: {
        code: 'bad-input',
        message: `${channel}: ${first?.path.join('.') || 'input'}: ${first?.message ?? 'invalid'}`,
      },
    };
  }
  try {
    return { ok: true, value: spec.output.parse(await handler(parsed.data)) };
  } catch (error) {
    return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
}
