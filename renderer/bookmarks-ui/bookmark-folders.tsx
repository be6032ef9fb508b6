import { useState } from 'react';
import type { IpcResult } from '../../common/contract/ipc-contract';
import type { Bookmark, Folder } from '../../common/bookmarks/bookmark-schema';
import { texts } from '../texts/active-texts';
import { useBookmarks } from './bookmark-state-context';
import { FolderForm } from './folder-form';
import type { FolderFilter } from './visible-bookmarks';

const t = texts.bookmarks;

function sameFilter(a: FolderFilter, b: FolderFilter): boolean {
  return a.kind === b.kind && (a.kind !== 'folder' || (b.kind === 'folder' && a.id === b.id));
}

/** The folder tree (one level of nesting) to filter the list by, with create, rename, re-nest, reorder and delete. */
export function BookmarkFolders({
  filter,
  onFilter,
}: {
  filter: FolderFilter;
  onFilter: (filter: FolderFilter) => void;
}) {
  const { state, snapshot } = useBookmarks();
  const { folders, bookmarks } = snapshot;
  const [editing, setEditing] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState('');

  const report = (result: IpcResult<unknown>) => setProblem(result.ok ? '' : result.error.message);
  const count = (test: (bookmark: Bookmark) => boolean) => bookmarks.filter(test).length;
  const siblings = (folder: Folder) => folders.filter((f) => f.parentId === folder.parentId);
  const reorder = async (folder: Folder, by: number) => {
    const index = siblings(folder).indexOf(folder) + by;
    report(await state.run((api) => api.moveFolder({ id: folder.id, parentId: folder.parentId, index })));
  };
  const save = async (folder: Folder, name: string, parentId: string | null) => {
    let result: IpcResult<unknown> = { ok: true, value: undefined };
    if (name !== folder.name) result = await state.run((api) => api.renameFolder({ id: folder.id, name }));
    if (result.ok && parentId !== folder.parentId)
      result = await state.run((api) => api.moveFolder({ id: folder.id, parentId, index: Number.MAX_SAFE_INTEGER }));
    report(result);
    if (result.ok) setEditing(null);
  };
  const remove = async (folder: Folder) => {
    report(await state.run((api) => api.removeFolder({ id: folder.id })));
    if (filter.kind === 'folder' && filter.id === folder.id) onFilter({ kind: 'all' });
  };

  const entry = (label: string, own: FolderFilter, n: number) => (
    <button
      type="button"
      className="folder-select"
      aria-current={sameFilter(filter, own) ? 'true' : undefined}
      onClick={() => onFilter(own)}
    >
      {label} <span className="count">{n}</span>
    </button>
  );
  const folderItem = (folder: Folder) => {
    const group = siblings(folder);
    const position = group.indexOf(folder);
    const children = folders.filter((f) => f.parentId === folder.id);
    return (
      <li key={folder.id}>
        {editing === folder.id ? (
          <FolderForm
            folders={folders}
            editing={folder}
            submitLabel={t.saveName}
            onSubmit={(name, parentId) => void save(folder, name, parentId)}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <div className="folder-row">
            {entry(
              folder.name,
              { kind: 'folder', id: folder.id },
              count((b) => b.folderId === folder.id || children.some((c) => c.id === b.folderId)),
            )}
            <span className="folder-actions">
              <button
                type="button"
                aria-label={t.rename(folder.name)}
                title={t.rename(folder.name)}
                onClick={() => setEditing(folder.id)}
              >
                ✎
              </button>
              <button
                type="button"
                aria-label={t.moveUp(folder.name)}
                title={t.moveUp(folder.name)}
                disabled={position === 0}
                onClick={() => void reorder(folder, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t.moveDown(folder.name)}
                title={t.moveDown(folder.name)}
                disabled={position === group.length - 1}
                onClick={() => void reorder(folder, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={t.removeFolder(folder.name)}
                title={t.removeFolder(folder.name)}
                onClick={() => void remove(folder)}
              >
                ✕
              </button>
            </span>
          </div>
        )}
        {children.length > 0 && <ul>{children.map(folderItem)}</ul>}
      </li>
    );
  };

  return (
    <nav className="bookmark-folders" aria-label={t.folders}>
      <h2>{t.folders}</h2>
      <ul>
        <li>{entry(t.all, { kind: 'all' }, bookmarks.length)}</li>
        <li>
          {entry(
            t.unfiled,
            { kind: 'unfiled' },
            count((b) => b.folderId === null),
          )}
        </li>
        {folders.filter((folder) => folder.parentId === null).map(folderItem)}
      </ul>
      {problem && <p role="alert">{problem}</p>}
      {creating ? (
        <FolderForm
          folders={folders}
          submitLabel={t.createFolder}
          onSubmit={(name, parentId) =>
            void state
              .run((api) => api.addFolder({ name, parentId }))
              .then((result) => {
                report(result);
                if (result.ok) setCreating(false);
              })
          }
          onCancel={() => setCreating(false)}
        />
      ) : (
        <button type="button" onClick={() => setCreating(true)}>
          {t.newFolder}
        </button>
      )}
    </nav>
  );
}
