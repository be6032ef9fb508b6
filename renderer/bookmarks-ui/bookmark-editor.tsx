import { useId, useState, type FormEvent } from 'react';
import type { Bookmark } from '../../common/bookmarks/bookmark-schema';
import { texts } from '../texts/active-texts';

const t = texts.bookmarks;

/** The fields an officer edits on a bookmark. */
export interface BookmarkEdit {
  title: string;
  tags: string[];
  note: string;
}

/** Tags as typed: comma-separated, trimmed, no empties or repeats. */
function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** Edits a bookmark's title, tags and note; Escape cancels. */
export function BookmarkEditor({
  bookmark,
  onSave,
  onCancel,
}: {
  bookmark: Bookmark;
  onSave: (edit: BookmarkEdit) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [title, setTitle] = useState(bookmark.title);
  const [tags, setTags] = useState(bookmark.tags.join(', '));
  const [note, setNote] = useState(bookmark.note);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() !== '') onSave({ title: title.trim(), tags: parseTags(tags), note });
  };
  return (
    <form className="bookmark-editor" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <label htmlFor={`${id}-title`}>{t.editTitle}</label>
      <input
        id={`${id}-title`}
        value={title}
        maxLength={500}
        autoFocus
        onChange={(event) => setTitle(event.target.value)}
      />
      <label htmlFor={`${id}-tags`}>{t.editTags}</label>
      <input id={`${id}-tags`} value={tags} onChange={(event) => setTags(event.target.value)} />
      <label htmlFor={`${id}-note`}>{t.editNote}</label>
      <textarea
        id={`${id}-note`}
        value={note}
        maxLength={20_000}
        rows={4}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit">{t.save}</button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
