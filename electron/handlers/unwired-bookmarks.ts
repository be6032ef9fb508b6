import { ipcContract } from '../../common/contract/ipc-contract';
import type { BookmarkHandlers } from '../../common/bookmarks/bookmark-service';

/** Bookmark handlers for a shell that has not given the handlers a store: every call fails and says why. */
export function unwiredBookmarkHandlers(): BookmarkHandlers {
  const fail = () =>
    Promise.reject(new Error('bookmarks are not available: this shell was started without a bookmark store'));
  return Object.fromEntries(
    Object.keys(ipcContract)
      .filter((channel) => channel.startsWith('bookmarks:'))
      .map((channel) => [channel, fail]),
  ) as unknown as BookmarkHandlers;
}
