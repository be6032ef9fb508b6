// As the Electron preload does, before the IPC contract builds its schemas.
import '../../content/model/zod-without-eval';
import { buildApi, buildEvents } from '../../common/contract/ipc-api';

declare global {
  interface Window {
    __polcoopInvoke(channel: string, input: unknown): Promise<unknown>;
    /** Where the harness delivers a main->renderer event, as Electron's IPC does to the preload's listeners. */
    __polcoopEmit(event: string, payload: unknown): void;
  }
}

// The same API the Electron preload exposes, with Playwright's binding as the transport instead of IPC.
window.polcoop = buildApi((channel, input) => window.__polcoopInvoke(channel, input));

// The same event API too: the harness's sendEvent stands in for webContents.send, these listeners for ipcRenderer.on.
const listeners = new Map<string, Set<(payload: unknown) => void>>();
window.__polcoopEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};
window.polcoopEvents = buildEvents((event, listener) => {
  const set = listeners.get(event) ?? new Set();
  listeners.set(event, set.add(listener));
  return () => set.delete(listener);
});
