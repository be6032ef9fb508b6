import { checkedCall, type LooseHandler } from '../../common/contract/ipc-checked-call';
import type { IpcResult } from '../../common/contract/ipc-contract';
import type { BookmarkChannel, BookmarkHandlers } from '../../common/bookmarks/bookmark-service';

/**
 * The web edition's transport for the bookmark channels: the same contract checks as the main-process dispatcher,
 * failures as values, so the UI cannot tell the stores apart. Channels other than the bookmark ones are unknown here.
 */
export function createBookmarkInvoke(
  handlers: BookmarkHandlers,
): (channel: string, input: unknown) => Promise<IpcResult<unknown>> {
  return (channel, input) =>
    checkedCall(channel, input, (name) =>
      Object.hasOwn(handlers, name) ? (handlers[name as BookmarkChannel] as LooseHandler) : undefined,
    );
}
