import { buildApi, type PolcoopApi } from '../../common/contract/ipc-api';
import { createBookmarkInvoke } from '../bookmarks/bookmark-invoke';
import { createIndexedDbBookmarkService } from '../bookmarks/indexeddb-bookmark-store';

/** The bookmark functions of the API, whichever store answers them. */
export type BookmarksApi = PolcoopApi['bookmarks'];

let webEdition: BookmarksApi | undefined;

/**
 * The bookmark store: the shell's (file in the user-data folder) when there is a shell, else the web edition's own in
 * IndexedDB behind the same contract checks; undefined where neither exists. The UI never learns which one it got.
 */
export function bookmarksApi(shell: PolcoopApi | undefined): BookmarksApi | undefined {
  if (shell) return shell.bookmarks;
  if (typeof indexedDB === 'undefined') return undefined;
  webEdition ??= buildApi(createBookmarkInvoke(createIndexedDbBookmarkService())).bookmarks;
  return webEdition;
}
