import { useId, useState, type FormEvent } from 'react';
import type { Folder } from '../../common/bookmarks/bookmark-schema';
import { texts } from '../texts/active-texts';

const t = texts.bookmarks;

/** A folder's name and parent, for creating one or renaming and re-nesting one; only top-level folders can be parents. */
export function FolderForm({
  folders,
  editing,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  folders: readonly Folder[];
  editing?: Folder;
  submitLabel: string;
  onSubmit: (name: string, parentId: string | null) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const [name, setName] = useState(editing?.name ?? '');
  const [parentId, setParentId] = useState(editing?.parentId ?? '');
  const hasChildren = editing !== undefined && folders.some((folder) => folder.parentId === editing.id);
  const parents = folders.filter((folder) => folder.parentId === null && folder.id !== editing?.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') onSubmit(name.trim(), parentId === '' ? null : parentId);
  };
  return (
    <form className="folder-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel?.()}>
      <label htmlFor={`${id}-name`}>{t.folderName}</label>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={120}
        autoFocus
        onChange={(event) => setName(event.target.value)}
      />
      {!hasChildren && parents.length > 0 && (
        <>
          <label htmlFor={`${id}-parent`}>{t.parentFolder}</label>
          <select id={`${id}-parent`} value={parentId} onChange={(event) => setParentId(event.target.value)}>
            <option value="">{t.topLevel}</option>
            {parents.map((folder) => (
              <option key={folder.id} value={folder.id}>
                {folder.name}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit">{submitLabel}</button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      )}
    </form>
  );
}
