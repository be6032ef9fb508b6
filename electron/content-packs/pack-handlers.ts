import type { Channel, ChannelInput, ChannelOutput } from '../ipc-contract';
import type { PackService } from './pack-service';

/** The content-pack channels. */
export type PackChannel = Extract<Channel, `packs:${string}`>;

/** One handler per content-pack channel. */
export type PackHandlers = { [C in PackChannel]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>> };

/** What the handlers need beyond the service: the shell's file dialog, and a restart onto the content switched to. */
export interface PackHandlerShell {
  /** Lets the user pick a `.polcoop` file; null when cancelled. The renderer never names a path itself. */
  chooseFile: () => Promise<string | null>;
  restart: () => void;
}

/** The content-pack channels over a service; a switch restarts the shell so start-up verifies and serves the new content. */
export function createPackHandlers(service: PackService, shell: PackHandlerShell): PackHandlers {
  const switched = <T extends { outcome: string }>(result: T): T => {
    if (result.outcome === 'switched') shell.restart();
    return result;
  };
  return {
    'packs:status': () => service.status(),
    'packs:whatsNew': () => service.whatsNew(),
    'packs:preview': async () => {
      const file = await shell.chooseFile();
      return file === null ? { outcome: 'cancelled' } : service.preview(file);
    },
    'packs:install': async ({ token, allowDowngrade }) => switched(await service.install(token, allowDowngrade)),
    'packs:revert': async () => switched(await service.revert()),
  };
}

/** Content-pack handlers for transports without a shell (browser harness, web edition): each call fails and says why. */
export function unwiredPackHandlers(): PackHandlers {
  const fail = () => Promise.reject(new Error('content packs can be imported only in the desktop app'));
  return { 'packs:status': fail, 'packs:whatsNew': fail, 'packs:preview': fail, 'packs:install': fail, 'packs:revert': fail };
}
