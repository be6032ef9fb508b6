import type { UiLanguage } from '../../content/model/languages';
import type { ManifestInfo } from '../bundle-manifest';
import type { PolicyReport } from '../../common/contract/policy-report-schema';
import type { Handlers } from '../ipc-dispatch';
import type { BookmarkHandlers } from '../../common/bookmarks/bookmark-service';
import { unwiredPackHandlers, type PackHandlers } from '../content-packs/pack-handlers';
import { NO_POLICIES } from '../policies/policy-report';
import { appInfoHandler } from './app-info';
import { unwiredBookmarkHandlers } from './unwired-bookmarks';

/** What the handlers need from the running app; the shell and the browser harness each provide it. */
export interface HandlerContext {
  app: { name: string; version: string };
  manifest: () => ManifestInfo;
  /** The bookmark store (electron/bookmarks/bookmark-file-store.ts in the shell); without it bookmark calls fail with a message. */
  bookmarks?: BookmarkHandlers;
  /** Content-pack status and the last switch (the desktop shell); elsewhere those calls fail with a message. */
  packs?: PackHandlers;
  /** The administrators' policies as read at start (electron/policies/); where none were read, nothing is set. */
  policies?: () => PolicyReport;
  /** Takes the language the page shows (the shell's menus and dialogs follow it); where no shell listens, it is dropped. */
  language?: (language: UiLanguage) => void;
}

/** Every contract channel's handler, wired to its context. */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    'app:info': appInfoHandler(context.app, context.manifest),
    ...(context.bookmarks ?? unwiredBookmarkHandlers()),
    ...(context.packs ?? unwiredPackHandlers()),
    'policies:report': () => context.policies?.() ?? NO_POLICIES,
    'app:setLanguage': ({ language }) => {
      context.language?.(language);
      return undefined;
    },
  };
}
