import { app, Menu, protocol, screen, session, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { appMenuTemplate } from './app-menu';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME } from './app-origin';
import { appRoots, installedBundleDir } from './app-paths';
import { createAppRequestHandler, type AppRoots } from './app-protocol';
import { createFileBookmarkService } from './bookmarks/bookmark-file-store';
import { BUNDLE_ERROR_PATH, bundleErrorPage } from './bundle-error-page';
import { selectBundle, type BundleSelection } from './bundle-selection';
import { verifyBundle } from './bundle-verification';
import { setupContentPacks } from './content-packs/setup-content-packs';
import { deepLinkFromArgv, DEEP_LINK_SCHEME, parseDeepLink } from './deep-link';
import { createHandlers } from './handlers/create-handlers';
import { createDispatcher } from './ipc-dispatch';
import { isTrustedAppSender, setupIpc } from './ipc-main';
import { createMainWindow, preloadPath, showRoute } from './main-window';
import { setupNavigationGuard } from './navigation-guard';
import { createRotatingLog } from './rotating-log';
import { setupSessionGuards } from './session-guard';
import { createShellActions } from './shell-actions';
import { readShellSettings } from './shell-settings';
import { setupSingleInstance } from './single-instance';
import { placeWindow, readWindowState, trackWindowState, WINDOW_STATE_FILE } from './window-state';

// Must happen before `ready`: app:// behaves like a secure, standard origin for fetch and workers.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const isDevelopment = !app.isPackaged;
const userData = app.getPath('userData');
const log = createRotatingLog({ dir: app.getPath('logs'), personal: [homedir(), process.env.USER ?? process.env.USERNAME ?? ''] });
const settings = readShellSettings(userData);
if (settings.problem) log(`settings: ${settings.problem}`);
const built = appRoots(app.getAppPath(), process.resourcesPath, app.isPackaged);

let mainWindow: BrowserWindow | null = null;
let pendingHash: string | null = null;
let selection: BundleSelection | null = null;

function openDeepLink(link: string | undefined): void {
  if (link === undefined) return;
  const parsed = parseDeepLink(link);
  if (!parsed.ok) return log(`deep link: refused (${parsed.reason})`);
  if (mainWindow) showRoute(mainWindow, parsed.hash);
  else pendingHash = parsed.hash;
}

const actions = createShellActions(
  () => mainWindow,
  settings.settings.externalLinks,
  () => ({ externalLinks: settings.settings.externalLinks, bundleProblem: selection?.problem ?? null, usingBuiltInBundle: selection?.usingBuiltIn ?? true }),
  log,
);

if (!setupSingleInstance(app, () => mainWindow, (argv) => openDeepLink(deepLinkFromArgv(argv)))) {
  app.quit();
} else {
  if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  app.on('open-url', (event, url) => {
    event.preventDefault();
    openDeepLink(url);
  });
  openDeepLink(deepLinkFromArgv(process.argv));
  setupNavigationGuard(app, actions.openExternal, log);

  void app.whenReady().then(async () => {
    setupSessionGuards(app, session.defaultSession, log);
    // Created only here, past the single-instance lock: no second process ever writes these files.
    const bookmarks = createFileBookmarkService(join(userData, 'bookmarks'));
    const packs = await setupContentPacks({ userData, builtInBundleDir: built.bundleDir, selection: () => selection, currentWindow: () => mainWindow, log, listBookmarks: async () => (await bookmarks['bookmarks:list'](undefined)).bookmarks });
    const installed = installedBundleDir(userData);
    selection = await selectBundle({ installed: packs.activeBundleDir ?? (existsSync(installed) ? installed : null), builtIn: built.bundleDir }, verifyBundle);
    if (selection.problem) log(`bundle: refused the ${selection.problem.bundle} bundle: ${selection.problem.message}`);
    const errorPage = bundleErrorPage(selection);
    const roots: AppRoots = { rendererDir: built.rendererDir, bundleDir: selection.dir ?? built.bundleDir, refuseBundle: selection.dir === null, pages: errorPage ? { [BUNDLE_ERROR_PATH]: errorPage } : {} };
    session.defaultSession.protocol.handle(APP_SCHEME, createAppRequestHandler(() => roots));
    const manifest = selection.manifest;
    setupIpc(
      createDispatcher(
        createHandlers({
          app: { name: app.getName(), version: app.getVersion() },
          manifest: () => {
            if (!manifest) throw new Error('no verified content bundle');
            return manifest;
          },
          shell: actions.handlers,
          packs: packs.handlers,
          bookmarks,
        }),
        isTrustedAppSender,
      ),
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform, { ...actions.menu, ...packs.menu }, isDevelopment)));
    const stateFile = join(userData, WINDOW_STATE_FILE);
    const state = readWindowState(stateFile);
    const startUrl = errorPage ? `${APP_SCHEME}://${APP_HOST}${BUNDLE_ERROR_PATH}` : `${APP_ENTRY_URL}${pendingHash ?? ''}`;
    mainWindow = createMainWindow(preloadPath(__dirname), isDevelopment, state ? placeWindow(state, screen.getAllDisplays().map((d) => d.workArea)) : {}, startUrl);
    if (state?.maximized) mainWindow.maximize();
    trackWindowState(mainWindow, stateFile, log);
    actions.attachContextMenu(mainWindow);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
}
