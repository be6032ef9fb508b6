import { useState } from 'react';
import type { IpcResult } from '../../common/contract/ipc-contract';
import { useBundle } from '../bundle/bundle-context';
import type { Bookmark } from '../../common/bookmarks/bookmark-schema';
import { texts } from '../texts/active-texts';
import { formatDate } from '../views/format-date';
import { StatusBadge } from '../views/status-badge';
import { BookmarkEditor, type BookmarkEdit } from './bookmark-editor';
import { bookmarkLabel } from './bookmark-label';
import { BookmarkLink } from './bookmark-link';
import { useBookmarks } from './bookmark-state-context';
import { targetStatus } from './target-status';
import { LocalContentBadge } from '../local-content/local-content-badge';

const t = texts.bookmarks;

/** One bookmark in the list: selectable, its name (a link while the target exists, the official title on hover), state, tags and note, editable in place. */
export function BookmarkRow({
  bookmark,
  folder,
  selected,
  onSelect,
}: {
  bookmark: Bookmark;
  folder: string | null;
  selected: boolean;
  onSelect: (selected: boolean) => void;
}) {
  const reader = useBundle();
  const { state } = useBookmarks();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState('');
  const status = targetStatus(bookmark.target, reader);
  const label = bookmarkLabel(bookmark, reader);
  const target = bookmark.target.kind === 'term' ? undefined : reader.documents.get(bookmark.target.documentId);
  const standing = target?.kind === 'instrument' || target?.kind === 'body' ? target.standing : undefined;
  const report = (result: IpcResult<unknown>) => {
    setProblem(result.ok ? '' : result.error.message);
    return result.ok;
  };
  const save = async (edit: BookmarkEdit) => {
    if (report(await state.run((api) => api.update({ id: bookmark.id, ...edit })))) setEditing(false);
  };
  const markSeen = async () => {
    if (status.state === 'changed')
      report(await state.run((api) => api.update({ id: bookmark.id, contentHash: status.contentHash })));
  };

  return (
    <li className={`bookmark-row${status.state === 'missing' ? ' is-missing' : ''}`}>
      <input
        type="checkbox"
        aria-label={t.select(label.text)}
        checked={selected}
        onChange={(event) => onSelect(event.target.checked)}
      />
      <div className="bookmark-body">
        {editing ? (
          <BookmarkEditor bookmark={bookmark} onSave={(edit) => void save(edit)} onCancel={() => setEditing(false)} />
        ) : (
          <>
            <p className="bookmark-title">
              {status.state === 'missing' ? (
                <span>{label.text}</span>
              ) : (
                <BookmarkLink href={status.href} label={label} />
              )}{' '}
              {standing && standing.key !== 'in-force' && <StatusBadge standing={standing} />}{' '}
              <LocalContentBadge id={bookmark.target.documentId} />{' '}
              {status.state === 'missing' && <span className="badge badge-missing">{t.missing}</span>}
              {status.state === 'changed' && (
                <>
                  <span className="badge badge-changed">{t.changed}</span>{' '}
                  <button type="button" className="link-button" onClick={() => void markSeen()}>
                    {t.markSeen}
                  </button>
                </>
              )}
            </p>
            <p className="bookmark-meta muted">
              {texts.kinds[bookmark.target.kind]}
              {folder !== null && ` · ${folder}`} · {t.saved(formatDate(bookmark.createdAt.slice(0, 10)))}
            </p>
            {bookmark.tags.length > 0 && (
              <ul className="bookmark-tags" aria-label={t.tags}>
                {bookmark.tags.map((tag) => (
                  <li key={tag}>{tag}</li>
                ))}
              </ul>
            )}
            {bookmark.note !== '' && <p className="bookmark-note">{bookmark.note}</p>}
            <button
              type="button"
              className="link-button"
              aria-label={t.edit(label.text)}
              onClick={() => setEditing(true)}
            >
              {t.editButton}
            </button>
          </>
        )}
        {problem && <p role="alert">{problem}</p>}
      </div>
    </li>
  );
}
