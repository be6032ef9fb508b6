import type { ReaderBundle } from '../bundle/bundle-context';
import type { Bookmark } from '../../common/bookmarks/bookmark-schema';
import { currentTarget } from './target-status';

/** What a bookmark is called in lists, and its target's official title where that says more. */
export interface BookmarkLabel {
  text: string;
  /** The official title, shown on hover and on keyboard focus; absent where it is the text itself. */
  official?: string;
}

/**
 * A bookmark's name in lists: its target's short name while the saved title is the target's own (bookmarks keep the
 * official title they were saved with), the officer's own words where they renamed it, the saved title where the
 * target is not in this content version.
 */
export function bookmarkLabel(bookmark: Bookmark, reader: ReaderBundle): BookmarkLabel {
  const current = currentTarget(bookmark.target, reader);
  if (!current) return { text: bookmark.title };
  const text =
    bookmark.title === current.title || bookmark.title === current.shortName ? current.shortName : bookmark.title;
  return text === current.title ? { text } : { text, official: current.title };
}
