import { createContext, useContext, useSyncExternalStore } from 'react';
import { bookmarksApi } from '../api/bookmarks-api';
import { createBookmarkState, type BookmarkSnapshot, type BookmarkState } from './bookmark-state';

let shared: BookmarkState | undefined;

/** The app's one bookmark state, over whichever store `bookmarksApi()` finds; created on first use. */
export function sharedBookmarkState(): BookmarkState {
  shared ??= createBookmarkState(bookmarksApi());
  return shared;
}

/** Where bookmark components get their state: the app's shared one by default, one over a test store in tests. */
export const BookmarkStateContext = createContext<() => BookmarkState>(sharedBookmarkState);

/** The bookmark state and its current snapshot; re-renders when the list changes. */
export function useBookmarks(): { state: BookmarkState; snapshot: BookmarkSnapshot } {
  const state = useContext(BookmarkStateContext)();
  const snapshot = useSyncExternalStore(state.subscribe, state.snapshot);
  return { state, snapshot };
}
