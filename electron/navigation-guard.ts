import type { App, WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { redactUrl } from './blocked-url';
import type { LogLine } from './session-guard';

/** What the guard does with a link the user followed out of the app: hands it to the confirm-then-open flow. */
export type ExternalLinkRequest = (url: string) => Promise<unknown>;

/** Keeps one web contents on app://: no navigation or redirect elsewhere, no new windows, no <webview>. */
export function guardWebContents(contents: WebContents, openExternal: ExternalLinkRequest, log: LogLine): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log(`navigation: prevented to ${redactUrl(event.url)}`);
    void openExternal(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    if (!event.isMainFrame) log(`navigation: prevented subframe to ${redactUrl(event.url)}`);
  });
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log(`navigation: prevented redirect to ${redactUrl(event.url)}`);
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`navigation: denied new window for ${redactUrl(url)}`);
    if (!isAppUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('navigation: refused a <webview>');
  });
}

/** Guards every web contents the app ever creates. */
export function setupNavigationGuard(app: App, openExternal: ExternalLinkRequest, log: LogLine): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal, log));
}
