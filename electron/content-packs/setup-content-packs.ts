import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { BookmarkState } from '../../common/bookmarks/bookmark-schema';
import type { ServedBundle } from '../content-decision';
import type { LogLine } from '../session-guard';
import type { ShellTexts } from '../texts/shell-texts-shape';
import { importFromMenu, revertFromMenu, type PackDialogs } from './import-flow';
import type { MachineFloor } from './machine-floor';
import { createPackHandlers, type PackHandlers } from './pack-handlers';
import { createPackService, type ServedContent } from './pack-service';
import type { TrustedPackKey } from './pack-signature';
import { packsRoot } from './pack-store';
import { DEFAULT_ZIP_LIMITS } from './zip-limits';

/** What main.ts needs to wire content packs in, once start-up has decided what it serves. */
export interface ContentPacksOptions {
  userData: string;
  builtInBundleDir: string;
  /** The keys whose signatures are trusted (the app's own and the policies', electron/policies/pack-trust.ts). */
  keys: readonly TrustedPackKey[];
  /** The verified content this process serves (decideContent), and what start-up had to say about packs not used. */
  served: ServedBundle;
  notices: string[];
  /** MachinePackDirectory's floor: no import or revert goes below it. */
  floor?: MachineFloor | null;
  currentWindow: () => BrowserWindow | null;
  log: LogLine;
  listBookmarks?: () => Promise<BookmarkState['bookmarks']>;
  /** The shell's texts in its language of the moment (electron/shell-language.ts), read at each dialog. */
  texts: () => ShellTexts;
}

/** The IPC handlers (read-only) and the File menu actions that import and revert, each confirmed in a native dialog. */
export interface ContentPacks {
  handlers: PackHandlers;
  menu: { importPack: () => void; revertPack: () => void };
}

function restartOnWhatsNew(): void {
  app.relaunch({
    args: [...process.argv.slice(1).filter((arg) => !arg.startsWith('polcoop:')), 'polcoop://whats-new'],
  });
  app.exit(0);
}

function electronDialogs(currentWindow: () => BrowserWindow | null, texts: () => ShellTexts): PackDialogs {
  const show = (options: MessageBoxOptions) => {
    const window = currentWindow();
    // A dialog ends the import's busy phase, whatever the outcome.
    window?.setProgressBar(-1);
    return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
  };
  return {
    chooseFile: async () => {
      const t = texts().packs;
      const options = {
        title: t.importTitle,
        filters: [{ name: t.packFilter, extensions: ['polcoop'] }],
        properties: ['openFile' as const],
      };
      const window = currentWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    confirm: async ({ message, detail, action, warning }) => {
      const result = await show({
        type: warning ? 'warning' : 'question',
        buttons: [texts().dialogs.cancel, action],
        defaultId: warning ? 0 : 1,
        cancelId: 0,
        message,
        detail,
      });
      return result.response === 1;
    },
    inform: async (message, detail) => {
      await show({ type: 'warning', buttons: [texts().dialogs.ok], message, detail });
    },
  };
}

/**
 * Content packs for the running shell, called by main.ts once decideContent has verified what is served: tells the
 * user about packs start-up set aside, and builds the status handlers and the File menu's import and revert.
 */
export function setupContentPacks(options: ContentPacksOptions): ContentPacks {
  const { manifest } = options.served.manifest;
  if (options.notices.length > 0)
    void dialog.showMessageBox({
      type: 'warning',
      buttons: [options.texts().dialogs.ok],
      message: options.texts().packs.setAside,
      detail: options.notices.join('\n\n'),
    });
  const served: ServedContent = {
    bundleDir: options.served.dir,
    version: manifest.version,
    contentDate: manifest.contentDate,
    source: options.served.source,
  };
  const service = createPackService({
    root: packsRoot(options.userData),
    keys: options.keys,
    limits: DEFAULT_ZIP_LIMITS,
    // A pack is served only when it holds the built-in bundle's reference, so either manifest names it.
    bundleId: manifest.bundleId,
    appVersion: app.getVersion(),
    served: () => served,
    builtInBundleDir: options.builtInBundleDir,
    notices: options.notices,
    floor: options.floor ?? null,
    ...(options.listBookmarks ? { bookmarks: options.listBookmarks } : {}),
    onProgress: (fraction) => options.currentWindow()?.setProgressBar(fraction >= 1 ? -1 : fraction),
  });
  const dialogs = electronDialogs(options.currentWindow, options.texts);
  const report = (action: string) => (error: unknown) => {
    options.currentWindow()?.setProgressBar(-1);
    options.log(`content packs: ${action} failed: ${error instanceof Error ? error.message : String(error)}`);
    const t = options.texts().packs;
    void dialogs.inform(
      action === 'import' ? t.importFailed : t.revertFailed,
      error instanceof Error ? error.message : String(error),
    );
  };
  return {
    handlers: createPackHandlers(service),
    menu: {
      importPack: () =>
        void importFromMenu(service, dialogs, restartOnWhatsNew, options.texts()).catch(report('import')),
      revertPack: () =>
        void revertFromMenu(service, dialogs, restartOnWhatsNew, options.texts()).catch(report('revert')),
    },
  };
}
