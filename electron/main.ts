import { app, protocol, session } from 'electron';
import { APP_SCHEME } from './app-origin';
import { appRoots } from './app-paths';
import { createAppRequestHandler } from './app-protocol';
import { readManifest } from './bundle-manifest';
import { createHandlers } from './handlers/create-handlers';
import { createDispatcher } from './ipc-dispatch';
import { isTrustedAppSender, setupIpc } from './ipc-main';
import { createMainWindow, preloadPath } from './main-window';

// Must happen before `ready`: app:// behaves like a secure, standard origin for fetch and workers.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const roots = appRoots(app.getAppPath(), process.resourcesPath, app.isPackaged);

void app.whenReady().then(() => {
  session.defaultSession.protocol.handle(APP_SCHEME, createAppRequestHandler(() => roots));
  setupIpc(
    createDispatcher(
      createHandlers({
        app: { name: app.getName(), version: app.getVersion() },
        manifest: () => readManifest(roots.bundleDir),
      }),
      isTrustedAppSender,
    ),
  );
  createMainWindow(preloadPath(__dirname), !app.isPackaged);
});

app.on('window-all-closed', () => app.quit());
