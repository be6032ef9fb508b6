import type { Channel, ChannelInput, ChannelOutput } from '../ipc-contract';

/** The shell's own channels. */
export type ShellChannel = Extract<Channel, `shell:${string}`>;

/** One handler per shell channel; the shell provides them, the browser harness and web edition do not. */
export type ShellHandlers = { [C in ShellChannel]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C> };

/** Shell handlers that fail and say why, for transports that have no shell (browser harness). */
export function unwiredShellHandlers(): ShellHandlers {
  const fail = () => Promise.reject(new Error('not available outside the desktop shell'));
  return { 'shell:status': fail, 'shell:print': fail, 'shell:savePdf': fail, 'shell:openExternal': fail };
}
