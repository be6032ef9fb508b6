import { useBundle } from '../bundle/bundle-context';
import { viewHref } from '../routes';
import { texts } from '../texts/active-texts';
import { bookmarkLabel } from './bookmark-label';
import { BookmarkLink } from './bookmark-link';
import { useBookmarks } from './bookmark-state-context';
import { targetStatus } from './target-status';

const SHOWN = 5;

/** The home page's most recently changed bookmarks by name, each a link while its target is in this content version. */
export function HomeBookmarks() {
  const reader = useBundle();
  const { snapshot } = useBookmarks();
  if (snapshot.bookmarks.length === 0) return <p className="muted">{texts.home.noBookmarks}</p>;
  const latest = [...snapshot.bookmarks]
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
    .slice(0, SHOWN);
  return (
    <>
      <ul className="member-list">
        {latest.map((bookmark) => {
          const status = targetStatus(bookmark.target, reader);
          const label = bookmarkLabel(bookmark, reader);
          return (
            <li key={bookmark.id}>
              {status.state === 'missing' ? (
                <>
                  {label.text} <span className="muted">{texts.bookmarks.missing}</span>
                </>
              ) : (
                <BookmarkLink href={status.href} label={label} />
              )}
            </li>
          );
        })}
      </ul>
      <p>
        <a href={viewHref('bookmarks')}>{texts.bookmarks.home(snapshot.bookmarks.length)}</a>
      </p>
    </>
  );
}
