import type { App, BrowserWindow } from 'electron';

/** Brings a window to the front, restoring it if minimised. */
function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Takes the single-instance lock. Returns false in a second instance, which must quit; in the first,
 * a later launch focuses the current window and hands over its command line (a deep link on Windows and Linux).
 */
export function setupSingleInstance(
  app: App,
  currentWindow: () => BrowserWindow | null,
  onArgv: (argv: string[]) => void,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv) => {
    const window = currentWindow();
    if (window) focusWindow(window);
    onArgv(argv);
  });
  return true;
}
