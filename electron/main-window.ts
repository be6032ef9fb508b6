import { BrowserWindow, type Rectangle } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL } from './app-origin';

/**
 * Creates the single reader window, locked down; the options stay a literal object so scanners can read them.
 * `placement` is the remembered size and position, `startUrl` an app:// page (the entry, a deep link or the bundle error page).
 */
export function createMainWindow(
  preloadPath: string,
  isDevelopment: boolean,
  placement: Partial<Rectangle> = {},
  startUrl = APP_ENTRY_URL,
): BrowserWindow {
  const window = new BrowserWindow({
    width: placement.width ?? 1280,
    height: placement.height ?? 800,
    x: placement.x,
    y: placement.y,
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
      disableBlinkFeatures: 'Auxclick',
      experimentalFeatures: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl);
  return window;
}

/** Shows a route of the reader (`#/doc/<id>`) in the window; a same-page hash change, so the reader keeps its state. */
export function showRoute(window: BrowserWindow, hash: string): void {
  void window.webContents.loadURL(`${APP_ENTRY_URL}${hash}`);
}

/** The preload script's path next to the bundled main script. */
export function preloadPath(mainDir: string): string {
  return join(mainDir, 'preload.cjs');
}
