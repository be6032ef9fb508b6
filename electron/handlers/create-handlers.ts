import type { ManifestInfo } from '../bundle-manifest';
import type { Handlers } from '../ipc-dispatch';
import type { BookmarkHandlers } from '../../renderer/bookmarks/bookmark-service';
import { unwiredPackHandlers, type PackHandlers } from '../content-packs/pack-handlers';
import { appInfoHandler } from './app-info';
import { unwiredBookmarkHandlers } from './unwired-bookmarks';
import { unwiredShellHandlers, type ShellHandlers } from './shell-handlers';

/** What the handlers need from the running app; the shell and the browser harness each provide it. */
export interface HandlerContext {
  app: { name: string; version: string };
  manifest: () => ManifestInfo;
  /** The bookmark store (electron/bookmarks/bookmark-file-store.ts in the shell); without it bookmark calls fail with a message. */
  bookmarks?: BookmarkHandlers;
  /** Printing, status and external links (the desktop shell); elsewhere those calls fail with a message. */
  shell?: ShellHandlers;
  /** Content-pack import, revert and status (the desktop shell); elsewhere those calls fail with a message. */
  packs?: PackHandlers;
}

/** Every contract channel's handler, wired to its context. */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    'app:info': appInfoHandler(context.app, context.manifest),
    ...(context.bookmarks ?? unwiredBookmarkHandlers()),
    ...(context.shell ?? unwiredShellHandlers()),
    ...(context.packs ?? unwiredPackHandlers()),
  };
}
