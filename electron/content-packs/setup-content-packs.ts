import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestSchema } from '../../content/model/bundle-schema';
import type { BookmarkState } from '../../renderer/bookmarks/bookmark-schema';
import type { BundleSelection } from '../bundle-selection';
import type { LogLine } from '../session-guard';
import { trustedPackKeys } from '../trusted-pack-keys';
import { importFromMenu, revertFromMenu, type PackDialogs } from './import-flow';
import { createPackHandlers, type PackHandlers } from './pack-handlers';
import { createPackService, type ServedContent } from './pack-service';
import { resolveActivePack } from './pack-startup';
import { packsRoot } from './pack-store';
import { DEFAULT_ZIP_LIMITS } from './zip-limits';

/** What main.ts needs to wire content packs in. */
export interface ContentPacksOptions {
  userData: string;
  builtInBundleDir: string;
  /** The bundle main.ts finally serves (it verifies the pack folder once more through selectBundle). */
  selection: () => BundleSelection | null;
  currentWindow: () => BrowserWindow | null;
  log: LogLine;
  listBookmarks?: () => Promise<BookmarkState['bookmarks']>;
}

/** The verified active pack's bundle folder (null: the built-in bundle), the IPC handlers and the File menu actions. */
export interface ContentPacks {
  activeBundleDir: string | null;
  handlers: PackHandlers;
  menu: { importPack: () => void; revertPack: () => void };
}

function restartOnWhatsNew(): void {
  app.relaunch({ args: [...process.argv.slice(1).filter((arg) => !arg.startsWith('polcoop:')), 'polcoop://whats-new'] });
  app.exit(0);
}

function electronDialogs(currentWindow: () => BrowserWindow | null): PackDialogs {
  const show = (options: MessageBoxOptions) => {
    const window = currentWindow();
    // A dialog ends the import's busy phase, whatever the outcome.
    window?.setProgressBar(-1);
    return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
  };
  return {
    chooseFile: async () => {
      const options = { title: 'Import Content Pack', filters: [{ name: 'Content pack', extensions: ['polcoop'] }], properties: ['openFile' as const] };
      const window = currentWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    confirm: async (summary, downgrade) => {
      const buttons = ['Cancel', downgrade ? 'Install Older Content' : 'Install'];
      const result = await show({ type: downgrade ? 'warning' : 'question', buttons, defaultId: downgrade ? 0 : 1, cancelId: 0, message: summary.message, detail: summary.detail });
      return result.response === 1;
    },
    inform: async (message, detail) => {
      await show({ type: 'warning', buttons: ['OK'], message, detail });
    },
  };
}

/**
 * Start-up for content packs, called by main.ts once the app is ready: re-verifies the active pack (setting a failing
 * one aside, falling back to the previous one, then to the built-in bundle) and builds the handlers and menu actions.
 */
export async function setupContentPacks(options: ContentPacksOptions): Promise<ContentPacks> {
  const root = packsRoot(options.userData);
  const builtIn = manifestSchema.parse(JSON.parse(readFileSync(join(options.builtInBundleDir, 'manifest.json'), 'utf8')));
  const active = await resolveActivePack(root, { keys: trustedPackKeys, bundleId: builtIn.bundleId, appVersion: app.getVersion() });
  for (const notice of active.notices) options.log(`content packs: ${notice}`);
  if (active.notices.length > 0) void dialog.showMessageBox({ type: 'warning', buttons: ['OK'], message: 'Installed content failed its check and is not used.', detail: active.notices.join('\n\n') });
  const served = (): ServedContent => {
    const selection = options.selection();
    const manifest = selection?.manifest?.manifest ?? builtIn;
    const source = selection?.dir && active.bundleDir === selection.dir ? 'pack' : 'built-in';
    return { bundleDir: selection?.dir ?? options.builtInBundleDir, version: manifest.version, contentDate: manifest.contentDate, source };
  };
  const service = createPackService({
    root,
    keys: trustedPackKeys,
    limits: DEFAULT_ZIP_LIMITS,
    bundleId: builtIn.bundleId,
    appVersion: app.getVersion(),
    served,
    builtInBundleDir: options.builtInBundleDir,
    notices: active.notices,
    ...(options.listBookmarks ? { bookmarks: options.listBookmarks } : {}),
    onProgress: (fraction) => options.currentWindow()?.setProgressBar(fraction >= 1 ? -1 : fraction),
  });
  const dialogs = electronDialogs(options.currentWindow);
  const report = (action: string) => (error: unknown) => {
    options.currentWindow()?.setProgressBar(-1);
    options.log(`content packs: ${action} failed: ${error instanceof Error ? error.message : String(error)}`);
    void dialogs.inform(`The content pack could not be ${action === 'import' ? 'imported' : 'reverted'}. Nothing was changed.`, error instanceof Error ? error.message : String(error));
  };
  return {
    activeBundleDir: active.bundleDir,
    handlers: createPackHandlers(service, { chooseFile: dialogs.chooseFile, restart: () => setTimeout(restartOnWhatsNew, 100) }),
    menu: {
      importPack: () => void importFromMenu(service, dialogs, restartOnWhatsNew).catch(report('import')),
      revertPack: () => void revertFromMenu(service, dialogs, restartOnWhatsNew).catch(report('revert')),
    },
  };
}
