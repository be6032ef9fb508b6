import { dialog, Menu, shell, type BrowserWindow } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import type { MenuActions } from './app-menu';
import { contextMenuTemplate } from './context-menu';
import { createExternalLinkOpener } from './external-links';
import { showRoute } from './main-window';
import type { ExternalLinksMode } from '../common/policies/policy-schema';
import { printContents, renderPdf, savePageAsPdf } from './print-page';
import { sendShellEvent } from './shell-events';
import type { LogLine } from './session-guard';
import type { ShellTexts } from './texts/shell-texts-shape';

/** The one place the shell's native actions meet Electron's dialogs, menus and system browser, for the window of the moment. */
export interface ShellActions {
  /** Every menu action, printing included; main.ts leaves out what the policies switch off (policies/policy-menu.ts). */
  menu: MenuActions & Required<Pick<MenuActions, 'print' | 'savePdf'>>;
  openExternal: (url: string) => Promise<unknown>;
  /** Shows the context menu for right-clicks in the window. */
  attachContextMenu: (window: BrowserWindow) => void;
}

/** What the policies (or the user's settings) decide about these actions; read at each use, as policies load after start. */
export interface ShellActionPolicy {
  externalLinks: () => ExternalLinksMode;
  /** False under DisablePrintAndPdf: the context menu offers no printing. */
  printAndPdf: () => boolean;
}

/** Builds the actions over a getter for the current window, what the policies allow and the shell's texts of the moment. */
export function createShellActions(
  currentWindow: () => BrowserWindow | null,
  policy: ShellActionPolicy,
  log: LogLine,
  texts: () => ShellTexts,
): ShellActions {
  const withWindow = <T>(action: (window: BrowserWindow) => T, fallback: T): T => {
    const window = currentWindow();
    return window ? action(window) : fallback;
  };
  const print = (): Promise<void> => withWindow((window) => printContents(window.webContents), Promise.resolve());
  const savePdf = (): Promise<{ path: string | null }> =>
    withWindow(
      (window) =>
        savePageAsPdf(window.webContents.getTitle(), {
          chooseFile: async (suggestedName) => {
            const t = texts().dialogs;
            const result = await dialog.showSaveDialog(window, {
              title: t.savePdfTitle,
              defaultPath: suggestedName,
              filters: [{ name: t.pdfFilter, extensions: ['pdf'] }],
            });
            return result.canceled || !result.filePath ? null : result.filePath;
          },
          render: () => renderPdf(window.webContents),
          // Temp file, fsync, rename: a failed or interrupted save never leaves half a PDF where the user chose.
          write: (path, data) => writeFileAtomic(path, data, { fsync: true }),
        }),
      Promise.resolve<{ path: string | null }>({ path: null }),
    );
  const openExternal = createExternalLinkOpener({
    mode: policy.externalLinks,
    confirm: async (url) => {
      const window = currentWindow();
      const t = texts().dialogs;
      const options = {
        type: 'question' as const,
        buttons: [t.cancel, t.externalLink.open],
        defaultId: 0,
        cancelId: 0,
        message: t.externalLink.message,
        detail: t.externalLink.detail(url),
      };
      const result = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return result.response === 1;
    },
    open: (url) => shell.openExternal(url),
    log,
  });
  const command: MenuActions['command'] = (name) =>
    withWindow((window) => sendShellEvent(window.webContents, 'shell:command', { command: name }), undefined);
  const menu: ShellActions['menu'] = {
    print: () => void print().catch((error: unknown) => log(`print: ${String(error)}`)),
    savePdf: () =>
      void savePdf().catch((error: unknown) =>
        log(`save as PDF failed: ${error instanceof Error ? error.message : String(error)}`),
      ),
    navigate: (hash) => withWindow((window) => showRoute(window, hash), undefined),
    command,
    back: () => withWindow((window) => window.webContents.navigationHistory.goBack(), undefined),
    forward: () => withWindow((window) => window.webContents.navigationHistory.goForward(), undefined),
  };
  return {
    menu,
    openExternal,
    attachContextMenu: (window) => {
      window.webContents.on('context-menu', (_event, params) => {
        const template = contextMenuTemplate(
          params,
          {
            copy: () => window.webContents.copy(),
            selectAll: () => window.webContents.selectAll(),
            command,
            ...(policy.printAndPdf() ? { print: menu.print } : {}),
          },
          texts(),
        );
        Menu.buildFromTemplate(template).popup({ window });
      });
    },
  };
}
