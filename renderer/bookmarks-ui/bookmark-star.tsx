import { useState } from 'react';
import { useBundle } from '../bundle/bundle-context';
import { targetKey } from '../../common/bookmarks/bookmark-import';
import { ariaKeyShortcuts } from '../commands/command-keys';
import { useCommand } from '../commands/use-command';
import type { TargetKind } from '../../common/bookmarks/bookmark-schema';
import { texts } from '../texts/active-texts';
import { useBookmarks } from './bookmark-state-context';
import { currentTarget } from './target-status';
import './bookmarks.css';

const t = texts.bookmarks.star;

/** The star on a page or term: shows whether it is bookmarked and toggles it; Bookmark This Page and Ctrl+D (Cmd+D on a Mac) do the same. */
export function BookmarkStar({ kind, id }: { kind: TargetKind; id: string }) {
  const reader = useBundle();
  const { state, snapshot } = useBookmarks();
  const [message, setMessage] = useState('');
  const key = targetKey({ kind, documentId: id });
  const saved = snapshot.bookmarks.filter((bookmark) => targetKey(bookmark.target) === key);
  const current = currentTarget({ kind, documentId: id }, reader);
  const usable = snapshot.status === 'ready' && current !== undefined;

  const toggle = async () => {
    if (!usable) return;
    const result =
      saved.length > 0
        ? await state.run((api) => api.remove({ ids: saved.map((bookmark) => bookmark.id) }))
        : await state.run((api) =>
            api.add({ target: { documentId: id, kind, contentHash: current.contentHash }, title: current.title }),
          );
    setMessage(result.ok ? (saved.length > 0 ? t.removed : t.added) : result.error.message);
  };
  // Bookmarks > Bookmark This Page, the context menu's item and their keys (Ctrl+D, Cmd+D) act as this star does.
  useCommand('bookmark-this', () => void toggle());
  if (snapshot.status === 'unavailable') return null;
  return (
    <span className="bookmark-star">
      <button
        type="button"
        aria-pressed={saved.length > 0}
        aria-keyshortcuts={ariaKeyShortcuts('bookmark-this')}
        title={t.hint}
        disabled={!usable}
        onClick={() => void toggle()}
      >
        <span aria-hidden="true">{saved.length > 0 ? '★' : '☆'}</span> {t.label}
      </button>
      <span role="status" className="visually-hidden">
        {message}
      </span>
    </span>
  );
}
