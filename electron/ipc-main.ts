import { ipcMain } from 'electron';
import { isAppUrl } from './app-origin';
import { ipcContract, type Channel } from '../common/contract/ipc-contract';
import type { Dispatch, Sender } from './ipc-dispatch';

/** Trusts only the main frame of our own app:// page. */
export function isTrustedAppSender(sender: Sender): boolean {
  return sender.isMainFrame && isAppUrl(sender.url);
}

/** Registers one ipcMain handler per contract channel, all going through the validating dispatcher. */
export function setupIpc(dispatch: Dispatch): void {
  for (const channel of Object.keys(ipcContract) as Channel[]) {
    ipcMain.handle(channel, (event, input: unknown) => {
      const frame = event.senderFrame;
      const sender: Sender = {
        url: frame?.url ?? '',
        isMainFrame: frame !== null && frame === event.sender.mainFrame,
      };
      return dispatch(sender, channel, input);
    });
  }
}
