import { createContext, useContext, useSyncExternalStore } from 'react';
import type { PolcoopApi } from '../../common/contract/ipc-api';
import { useShellApi } from '../api/api-context';
import { bookmarksApi } from '../api/bookmarks-api';
import { createBookmarkState, type BookmarkSnapshot, type BookmarkState } from './bookmark-state';

let shared: BookmarkState | undefined;

/** The app's one bookmark state, over the shell's store or the web edition's (`bookmarksApi`); created on first use. */
function sharedBookmarkState(shell: PolcoopApi | undefined): BookmarkState {
  shared ??= createBookmarkState(bookmarksApi(shell));
  return shared;
}

/** Where bookmark components get their state: the app's shared one by default, one over a test store in tests. */
export const BookmarkStateContext =
  createContext<(shell: PolcoopApi | undefined) => BookmarkState>(sharedBookmarkState);

/** The bookmark state and its current snapshot; re-renders when the list changes. */
export function useBookmarks(): { state: BookmarkState; snapshot: BookmarkSnapshot } {
  const state = useContext(BookmarkStateContext)(useShellApi());
  const snapshot = useSyncExternalStore(state.subscribe, state.snapshot);
  return { state, snapshot };
}
