import type { BookmarkHandlers } from '../../common/bookmarks/bookmark-service';
import type { PolicyValues } from '../../common/policies/policy-schema';

/** Why a call was refused, as the renderer shows it. */
export const EXPORT_REFUSED =
  'Exporting bookmarks is switched off by your organisation (policy DisableBookmarkExport).';
/** Why a call was refused, as the renderer shows it. */
export const IMPORT_REFUSED =
  'Importing bookmarks is switched off by your organisation (policy DisableBookmarkImport).';

function refuse(message: string): () => never {
  return () => {
    throw new Error(message);
  };
}

/**
 * The bookmark handlers with export and import refused where a policy says so: the main process holds the line,
 * whatever the page shows (the renderer hides the buttons too). A refusal reaches the page as a failed call.
 */
export function bookmarksUnderPolicy(handlers: BookmarkHandlers, values: PolicyValues): BookmarkHandlers {
  return {
    ...handlers,
    ...(values.DisableBookmarkExport === true ? { 'bookmarks:export': refuse(EXPORT_REFUSED) } : {}),
    ...(values.DisableBookmarkImport === true ? { 'bookmarks:import': refuse(IMPORT_REFUSED) } : {}),
  };
}
