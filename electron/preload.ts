import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './ipc-api';

// Only the contract's narrow functions cross the bridge; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(
  'polcoop',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
