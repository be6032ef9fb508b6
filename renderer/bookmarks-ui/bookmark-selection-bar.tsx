import { useId, useState } from 'react';
import type { IpcResult } from '../../common/contract/ipc-contract';
import type { Bookmark } from '../../common/bookmarks/bookmark-schema';
import { texts } from '../texts/active-texts';
import { useBookmarks } from './bookmark-state-context';

const t = texts.bookmarks;

/** How to undo the last bulk action: put deleted bookmarks back, or move moved ones back to their folders. */
type Undo = { kind: 'restore'; bookmarks: Bookmark[] } | { kind: 'move'; groups: Map<string | null, string[]> };

/** Moves or deletes the selected bookmarks together, and undoes the last such action. */
export function BookmarkSelectionBar({ selected, onDone }: { selected: readonly Bookmark[]; onDone: () => void }) {
  const id = useId();
  const { state, snapshot } = useBookmarks();
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState('');
  const [undo, setUndo] = useState<Undo | null>(null);
  const [problem, setProblem] = useState('');
  const folderName = (folderId: string | null) => snapshot.folders.find((folder) => folder.id === folderId)?.name;

  const finish = <T,>(result: IpcResult<T>, done: (value: T) => { message: string; undo: Undo | null }) => {
    setProblem(result.ok ? '' : result.error.message);
    if (!result.ok) return;
    const outcome = done(result.value);
    setMessage(outcome.message);
    setUndo(outcome.undo);
    onDone();
  };
  const move = async () => {
    const groups = new Map<string | null, string[]>();
    for (const bookmark of selected)
      groups.set(bookmark.folderId, [...(groups.get(bookmark.folderId) ?? []), bookmark.id]);
    const result = await state.run((api) =>
      api.move({ ids: selected.map((bookmark) => bookmark.id), folderId: target === '' ? null : target }),
    );
    finish(result, (value) => ({ message: t.moved(value.moved.length), undo: { kind: 'move', groups } }));
  };
  const remove = async () => {
    const result = await state.run((api) => api.remove({ ids: selected.map((bookmark) => bookmark.id) }));
    finish(result, (value) => ({
      message: t.removed(value.removed.length),
      undo: { kind: 'restore', bookmarks: value.removed },
    }));
  };
  const runUndo = async () => {
    if (undo?.kind === 'restore') {
      const result = await state.run((api) => api.restore({ bookmarks: undo.bookmarks }));
      return finish(result, (value) => ({ message: t.restored(value.restored.length), undo: null }));
    }
    for (const [folderId, ids] of undo?.groups ?? []) {
      // A folder deleted since goes back to the top level rather than failing the whole undo.
      const back = folderId !== null && folderName(folderId) === undefined ? null : folderId;
      const result = await state.run((api) => api.move({ ids, folderId: back }));
      finish(result, () => ({ message: t.undone, undo: null }));
      if (!result.ok) return;
    }
  };

  return (
    <div className="bookmark-selection-bar">
      {selected.length > 0 && (
        <div role="group" aria-label={t.selected(selected.length)} className="selection-actions">
          <span>{t.selected(selected.length)}</span>
          <label htmlFor={`${id}-folder`}>{t.moveTo}</label>
          <select id={`${id}-folder`} value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value="">{t.unfiled}</option>
            {snapshot.folders.map((folder) => (
              <option key={folder.id} value={folder.id}>
                {folder.parentId === null ? folder.name : `${folderName(folder.parentId) ?? ''} / ${folder.name}`}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void move()}>
            {t.move}
          </button>
          <button type="button" className="danger" onClick={() => void remove()}>
            {t.remove}
          </button>
        </div>
      )}
      <p role="status" className="selection-status">
        {message}{' '}
        {undo && (
          <button type="button" onClick={() => void runUndo()}>
            {t.undo}
          </button>
        )}
      </p>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
