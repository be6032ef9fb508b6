import { IDBFactory } from 'fake-indexeddb';
import { buildApi } from '../../../common/contract/ipc-api';
import type { BookmarksApi } from '../../../renderer/api/bookmarks-api';
import { createBookmarkInvoke } from '../../../renderer/bookmarks/bookmark-invoke';
import { createIndexedDbBookmarkService } from '../../../renderer/bookmarks/indexeddb-bookmark-store';

/** A real bookmark store (the web edition's, over an in-memory IndexedDB) behind the real contract checks. */
export function testBookmarksApi(): BookmarksApi {
  return buildApi(createBookmarkInvoke(createIndexedDbBookmarkService({ indexedDB: new IDBFactory() }))).bookmarks;
}

/** Unwraps a store call the test expects to succeed. */
export async function ok<T>(
  call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
