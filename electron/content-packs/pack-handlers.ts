import type { Channel, ChannelInput, ChannelOutput } from '../../common/contract/ipc-contract';
import type { PackService } from './pack-service';

/** The content-pack channels: read-only; importing and reverting happen in the File menu, confirmed in native dialogs. */
export type PackChannel = Extract<Channel, `packs:${string}`>;

/** One handler per content-pack channel. */
export type PackHandlers = { [C in PackChannel]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>> };

/** The content-pack channels over a service. */
export function createPackHandlers(service: PackService): PackHandlers {
  return {
    'packs:status': () => service.status(),
    'packs:whatsNew': () => service.whatsNew(),
  };
}

/** Content-pack handlers for transports without a shell (browser harness, web edition): each call fails and says why. */
export function unwiredPackHandlers(): PackHandlers {
  const fail = () => Promise.reject(new Error('content packs can be imported only in the desktop app'));
  return { 'packs:status': fail, 'packs:whatsNew': fail };
}
