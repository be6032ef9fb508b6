// First, before the IPC contract builds its zod schemas: the preload runs under the page's CSP.
import '../content/model/zod-without-eval';
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, buildEvents } from '../common/contract/ipc-api';

// Only the contract's narrow functions cross the bridge; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(
  'polcoop',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);

// Events arrive checked against their schemas; listeners never see the IPC event object (and its sender).
contextBridge.exposeInMainWorld(
  'polcoopEvents',
  buildEvents((event, listener) => {
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  }),
);
