import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL } from './app-origin';

/** Creates the single reader window, locked down; the options stay a literal object so scanners can read them. */
export function createMainWindow(preloadPath: string, isDevelopment: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'EU Police Cooperation Reference',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: isDevelopment,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** The preload script's path next to the bundled main script. */
export function preloadPath(mainDir: string): string {
  return join(mainDir, 'preload.cjs');
}
