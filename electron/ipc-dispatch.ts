import { checkedCall, type LooseHandler } from '../common/contract/ipc-checked-call';
import type { Channel, ChannelInput, ChannelOutput, IpcResult } from '../common/contract/ipc-contract';

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
    return checkedCall(channel, input, (name) => handlers[name] as LooseHandler);
  };
}
