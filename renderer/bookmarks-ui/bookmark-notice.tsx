import { texts } from '../texts/active-texts';
import { useBookmarks } from './bookmark-state-context';

/** The store's recovery notice (what happened to an unreadable file), until the officer dismisses it. */
export function BookmarkNotice() {
  const { state, snapshot } = useBookmarks();
  if (!snapshot.notice) return null;
  return (
    <div role="alert" className="bookmark-notice">
      <p>{snapshot.notice.message}</p>
      <button type="button" onClick={() => state.dismissNotice()}>
        {texts.bookmarks.noticeDismiss}
      </button>
    </div>
  );
}
