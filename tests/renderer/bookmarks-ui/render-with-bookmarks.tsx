import type { RenderResult } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import type { ReactElement } from 'react';
import { buildApi } from '../../../common/contract/ipc-api';
import type { BookmarksApi } from '../../../renderer/api/bookmarks-api';
import { createBookmarkInvoke } from '../../../renderer/bookmarks/bookmark-invoke';
import { createIndexedDbBookmarkService } from '../../../renderer/bookmarks/indexeddb-bookmark-store';
import { createBookmarkState, type BookmarkState } from '../../../renderer/bookmarks-ui/bookmark-state';
import { BookmarkStateContext } from '../../../renderer/bookmarks-ui/bookmark-state-context';
import { renderWithBundle } from '../render-with-bundle';

/** A real bookmark store (the web edition's, over an in-memory IndexedDB) behind the real contract checks. */
export function testBookmarksApi(): BookmarksApi {
  return buildApi(createBookmarkInvoke(createIndexedDbBookmarkService({ indexedDB: new IDBFactory() }))).bookmarks;
}

/** Renders a view inside the fixture bundle with its own bookmark state over `api`. */
export function renderWithBookmarks(view: ReactElement, api: BookmarksApi = testBookmarksApi()): RenderResult & { api: BookmarksApi; state: BookmarkState } {
  const state = createBookmarkState(api);
  const result = renderWithBundle(<BookmarkStateContext.Provider value={() => state}>{view}</BookmarkStateContext.Provider>);
  return { ...result, api, state };
}

/** Unwraps a store call the test expects to succeed. */
export async function ok<T>(call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
