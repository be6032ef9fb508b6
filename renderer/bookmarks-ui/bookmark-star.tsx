import { useState } from 'react';
import { useBundle } from '../bundle/bundle-context';
import { targetKey } from '../bookmarks/bookmark-import';
import type { TargetKind } from '../bookmarks/bookmark-schema';
import { useShortcut } from '../search-ui/use-shortcut';
import { texts } from '../texts/en';
import { useBookmarks } from './bookmark-state-context';
import { currentTarget } from './target-status';
import './bookmarks.css';

const t = texts.bookmarks.star;

/** The star on a page or term: shows whether it is bookmarked and toggles it; Ctrl+D (Cmd+D on a Mac) does the same. */
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
        : await state.run((api) => api.add({ target: { documentId: id, kind, contentHash: current.contentHash }, title: current.title }));
    setMessage(result.ok ? (saved.length > 0 ? t.removed : t.added) : result.error.message);
  };
  useShortcut(
    (e) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'd',
    () => void toggle(),
  );
  if (snapshot.status === 'unavailable') return null;
  return (
    <span className="bookmark-star">
      <button type="button" aria-pressed={saved.length > 0} aria-keyshortcuts="Control+D Meta+D" title={t.hint} disabled={!usable} onClick={() => void toggle()}>
        <span aria-hidden="true">{saved.length > 0 ? '★' : '☆'}</span> {t.label}
      </button>
      <span role="status" className="visually-hidden">
        {message}
      </span>
    </span>
  );
}
