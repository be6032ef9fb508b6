import { useBundle } from '../bundle/bundle-context';
import { viewHref } from '../routes';
import { texts } from '../texts/en';
import { useBookmarks } from './bookmark-state-context';
import { targetStatus } from './target-status';

const SHOWN = 5;

/** The home page's most recently changed bookmarks, each a link while its target is in this content version. */
export function HomeBookmarks() {
  const reader = useBundle();
  const { snapshot } = useBookmarks();
  if (snapshot.bookmarks.length === 0) return <p className="muted">{texts.home.noBookmarks}</p>;
  const latest = [...snapshot.bookmarks].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)).slice(0, SHOWN);
  return (
    <>
      <ul className="member-list">
        {latest.map((bookmark) => {
          const status = targetStatus(bookmark.target, reader);
          return (
            <li key={bookmark.id}>
              {status.state === 'missing' ? (
                <>
                  {bookmark.title} <span className="muted">{texts.bookmarks.missing}</span>
                </>
              ) : (
                <a href={status.href}>{bookmark.title}</a>
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
