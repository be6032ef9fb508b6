import { app, dialog, Menu, protocol, screen, session, type BrowserWindow } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { appMenuTemplate } from './app-menu';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { appRoots } from './app-paths';
import { createAppRequestHandler } from './app-protocol';
import { guardBoot } from './boot-guard';
import { createFileBookmarkService } from './bookmarks/bookmark-file-store';
import { decideContent } from './content-decision';
import { setupContentPacks } from './content-packs/setup-content-packs';
import { DEFAULT_ZIP_LIMITS } from './content-packs/zip-limits';
import { deepLinkFromArgv, DEEP_LINK_SCHEME, parseDeepLink } from './deep-link';
import { createHandlers } from './handlers/create-handlers';
import { createDispatcher } from './ipc-dispatch';
import { isTrustedAppSender, setupIpc } from './ipc-main';
import { createMainWindow, preloadPath, showRoute } from './main-window';
import { setupNavigationGuard } from './navigation-guard';
import { bookmarksUnderPolicy } from './policies/bookmark-transfer-guard';
import type { EffectivePolicy } from './policies/effective-policy';
import { loadPolicies } from './policies/load-policies';
import { APP_ID } from './policies/policy-sources';
import { packSigningKeys } from './policies/pack-trust';
import { menuUnderPolicy } from './policies/policy-menu';
import { folderRefusals, policyReport } from './policies/policy-report';
import { setupLocalContent } from './local-content/setup-local-content';
import { createRotatingLog } from './rotating-log';
import { servedApp } from './served-app';
import { setupSessionGuards } from './session-guard';
import { createShellActions } from './shell-actions';
import { createShellLanguage, readRememberedLanguage, rememberLanguage, startLanguage } from './shell-language';
import { readShellSettings } from './shell-settings';
import { setupSingleInstance } from './single-instance';
import { systemLanguageTags } from './system-languages';
import { trustedPackKeys } from './trusted-pack-keys';
import { placeWindow, readWindowState, trackWindowState, WINDOW_STATE_FILE } from './window-state';

// Must happen before `ready`: app:// behaves like a secure, standard origin for fetch and workers.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const isDevelopment = !app.isPackaged;
const userData = app.getPath('userData');
const log = createRotatingLog({
  dir: app.getPath('logs'),
  personal: [homedir(), process.env.USER ?? process.env.USERNAME ?? ''],
});
const settings = readShellSettings(userData);
if (settings.problem) log(`settings: ${settings.problem}`);
const built = appRoots(app.getAppPath(), process.resourcesPath, app.isPackaged);

let mainWindow: BrowserWindow | null = null;
// English until boot reads the remembered and system languages (app.getLocale() needs the app ready).
const shellLanguage = createShellLanguage('en');
let pendingHash: string | null = null;

function openDeepLink(link: string | undefined): void {
  if (link === undefined) return;
  const parsed = parseDeepLink(link);
  if (!parsed.ok) return log(`deep link: refused (${parsed.reason})`);
  if (mainWindow) showRoute(mainWindow, parsed.hash);
  else pendingHash = parsed.hash;
}

// Read in boot (the registry takes a process); until then no window exists, and nothing opens outside the app.
let policy: EffectivePolicy | null = null;
const actions = createShellActions(
  () => mainWindow,
  {
    externalLinks: () => (policy ? (policy.values.ExternalLinks ?? 'confirm') : 'block'),
    printAndPdf: () => policy?.values.DisablePrintAndPdf !== true,
  },
  log,
  () => shellLanguage.texts(),
);

if (
  !setupSingleInstance(
    app,
    () => mainWindow,
    (argv) => openDeepLink(deepLinkFromArgv(argv)),
  )
) {
  app.quit();
} else {
  if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  app.on('open-url', (event, url) => {
    event.preventDefault();
    openDeepLink(url);
  });
  openDeepLink(deepLinkFromArgv(process.argv));
  setupNavigationGuard(app, actions.openExternal, log);

  async function boot(): Promise<void> {
    shellLanguage.set(startLanguage(readRememberedLanguage(userData), systemLanguageTags()));
    setupSessionGuards(app, session.defaultSession, log);
    const policies = await loadPolicies(
      {
        platform: process.platform,
        resourcesDir: app.isPackaged ? process.resourcesPath : null,
        appId: APP_ID,
        env: process.env,
      },
      settings.settings,
      log,
    );
    policy = policies;
    const keys = packSigningKeys(policies, trustedPackKeys);
    // Created only here, past the single-instance lock: no second process ever writes these files.
    const bookmarks = bookmarksUnderPolicy(createFileBookmarkService(join(userData, 'bookmarks')), policies.values);
    const content = await decideContent({
      userData,
      builtInBundleDir: built.bundleDir,
      keys,
      appVersion: app.getVersion(),
      ...(policies.values.MachinePackDirectory
        ? { machine: { dir: policies.values.MachinePackDirectory, limits: DEFAULT_ZIP_LIMITS } }
        : {}),
    });
    for (const notice of content.notices) log(`content packs: ${notice}`);
    if (!content.ok) log(`bundle: refused the built-in bundle: ${content.problem.message}`);
    // The organisation's own documents, beside the official content just decided (never instead of it).
    const local = content.ok
      ? await setupLocalContent(policies, content.served, userData, DEFAULT_ZIP_LIMITS)
      : { dir: null, refused: [], served: [] };
    for (const pack of local.served) log(`local content: ${pack}`);
    const startRefusals = [...folderRefusals('MachinePackDirectory', content.machine.refused), ...local.refused];
    for (const refused of startRefusals) log(`policy refused: ${refused.source}: ${refused.field}: ${refused.reason}`);
    const served = servedApp({ ...built, localDir: local.dir }, content, shellLanguage.texts());
    session.defaultSession.protocol.handle(
      APP_SCHEME,
      createAppRequestHandler(() => served.roots),
    );
    const packs = content.ok
      ? setupContentPacks({
          userData,
          builtInBundleDir: built.bundleDir,
          keys,
          served: content.served,
          notices: content.notices,
          floor: content.machine.floor,
          currentWindow: () => mainWindow,
          log,
          listBookmarks: async () => (await bookmarks['bookmarks:list'](undefined)).bookmarks,
          texts: () => shellLanguage.texts(),
        })
      : null;
    setupIpc(
      createDispatcher(
        createHandlers({
          app: { name: app.getName(), version: app.getVersion() },
          manifest: () => {
            if (!content.ok) throw new Error('no verified content bundle');
            return content.served.manifest;
          },
          ...(packs ? { packs: packs.handlers } : {}),
          bookmarks,
          policies: () => policyReport(policies, startRefusals),
          language: (language) => shellLanguage.set(language),
        }),
        isTrustedAppSender,
      ),
    );
    const buildMenu = () =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          appMenuTemplate(
            process.platform,
            menuUnderPolicy({ ...actions.menu, ...packs?.menu }, policies.values),
            isDevelopment,
            { texts: shellLanguage.texts(), productName: app.getName() },
          ),
        ),
      );
    buildMenu();
    shellLanguage.onChange(buildMenu);
    shellLanguage.onChange((language) =>
      rememberLanguage(userData, language).catch((error: unknown) => log(`language: not remembered: ${String(error)}`)),
    );
    const stateFile = join(userData, WINDOW_STATE_FILE);
    const state = readWindowState(stateFile);
    const startUrl = served.errorUrl ?? `${APP_ENTRY_URL}${pendingHash ?? ''}`;
    mainWindow = createMainWindow(
      preloadPath(__dirname),
      isDevelopment,
      state
        ? placeWindow(
            state,
            screen.getAllDisplays().map((d) => d.workArea),
          )
        : {},
      startUrl,
    );
    if (state?.maximized) mainWindow.maximize();
    trackWindowState(mainWindow, stateFile, log);
    actions.attachContextMenu(mainWindow);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  }
  void app.whenReady().then(() =>
    guardBoot(boot, {
      log,
      showError: (title, text) => dialog.showErrorBox(title, text),
      texts: () => shellLanguage.texts(),
      exit: (code) => app.exit(code),
    }),
  );

  app.on('window-all-closed', () => app.quit());
}
