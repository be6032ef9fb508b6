import { buildApi } from '../../electron/ipc-api';

declare global {
  interface Window {
    __polcoopInvoke(channel: string, input: unknown): Promise<unknown>;
  }
}

// The same API the Electron preload exposes, with Playwright's binding as the transport instead of IPC.
window.polcoop = buildApi((channel, input) => window.__polcoopInvoke(channel, input));
