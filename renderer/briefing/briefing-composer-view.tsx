import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useBookmarks } from '../bookmarks-ui/bookmark-state-context';
import { useBundle } from '../bundle/bundle-context';
import { usePolicies } from '../policies/policy-context';
import { texts } from '../texts/active-texts';
import { briefingHref } from './briefing-request';
import { addToDraft, moveInDraft, removeFromDraft } from './pack-draft';
import { usePackDraft } from './use-pack-draft';
import './briefing.css';

const t = texts.briefing;

/**
 * Composing a briefing pack: title, subtitle and paper; pages added from a bookmark folder or from each page's
 * "Add to briefing pack"; reordered by dragging or from the keyboard (Alt+Up, Alt+Down, or the buttons); removed;
 * then opened in the print view.
 */
export function BriefingComposerView() {
  const { documents } = useBundle();
  const { snapshot } = useBookmarks();
  const [draft, setDraft] = usePackDraft();
  const [folder, setFolder] = useState('');
  const [said, say] = useState('');
  const [focusId, setFocusId] = useState<string>();
  const [dragged, setDragged] = useState<number>();
  const rows = useRef(new Map<string, HTMLLIElement>());
  const printing = usePolicies()?.values.DisablePrintAndPdf !== true;

  useEffect(() => {
    if (focusId) rows.current.get(focusId)?.focus();
  }, [focusId, draft.ids]);

  const titleOf = (id: string) => documents.get(id)?.title ?? id;
  const move = (from: number, to: number) => {
    const id = draft.ids[from];
    if (id === undefined || to < 0 || to >= draft.ids.length || to === from) return;
    setDraft(moveInDraft(draft, from, to));
    setFocusId(id);
    say(t.moved(titleOf(id), to + 1, draft.ids.length));
  };
  const onKey = (event: KeyboardEvent, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged !== undefined) move(dragged, index);
    setDragged(undefined);
  };
  const addFolder = () => {
    const ids = snapshot.bookmarks
      .filter((bookmark) => bookmark.folderId === folder && bookmark.target.kind !== 'term')
      .map((bookmark) => bookmark.target.documentId)
      .filter((id) => documents.has(id));
    setDraft(addToDraft(draft, ids));
    say(t.addedFromFolder(ids.length));
  };
  const ready = draft.ids.length > 0 && draft.title.trim() !== '';

  return (
    <article className="briefing-composer">
      <h1>{t.composerTitle}</h1>
      <p>{t.composerIntro}</p>
      <div className="composer-fields">
        <label>
          {t.titleLabel}
          <input value={draft.title} onChange={(event) => setDraft({ ...draft, title: event.target.value })} />
        </label>
        <label>
          {t.subtitleLabel}
          <input value={draft.subtitle} onChange={(event) => setDraft({ ...draft, subtitle: event.target.value })} />
        </label>
        <label>
          {t.paperLabel}
          <select
            value={draft.paper}
            onChange={(event) => setDraft({ ...draft, paper: event.target.value === 'letter' ? 'letter' : 'a4' })}
          >
            <option value="a4">A4</option>
            <option value="letter">{t.letter}</option>
          </select>
        </label>
      </div>
      {snapshot.folders.length > 0 && (
        <div className="composer-fields">
          <label>
            {t.folderLabel}
            <select value={folder} onChange={(event) => setFolder(event.target.value)}>
              <option value="">{t.chooseFolder}</option>
              {snapshot.folders.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!folder} onClick={addFolder}>
            {t.addFolder}
          </button>
        </div>
      )}
      <h2>{t.itemsHeading(draft.ids.length)}</h2>
      {draft.ids.length === 0 ? (
        <p>{t.noItems}</p>
      ) : (
        <>
          <p id="composer-keys">{t.reorderHelp}</p>
          <ol className="composer-items">
            {draft.ids.map((id, index) => (
              <li
                key={id}
                ref={(element) => {
                  if (element) rows.current.set(id, element);
                  else rows.current.delete(id);
                }}
                tabIndex={0}
                draggable
                aria-describedby="composer-keys"
                className={dragged === index ? 'dragging' : undefined}
                onKeyDown={(event) => onKey(event, index)}
                onDragStart={() => setDragged(index)}
                onDragOver={(event) => event.preventDefault()}
                onDrop={(event) => onDrop(event, index)}
                onDragEnd={() => setDragged(undefined)}
              >
                <span className="composer-item-title">{titleOf(id)}</span>
                <span className="composer-item-actions">
                  <button
                    type="button"
                    disabled={index === 0}
                    aria-label={t.moveUp(titleOf(id))}
                    onClick={() => move(index, index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={index === draft.ids.length - 1}
                    aria-label={t.moveDown(titleOf(id))}
                    onClick={() => move(index, index + 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={t.remove(titleOf(id))}
                    onClick={() => {
                      setDraft(removeFromDraft(draft, index));
                      say(t.removed(titleOf(id)));
                    }}
                  >
                    ✕
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p role="status" className="composer-said">
        {said}
      </p>
      {printing && ready && (
        <p>
          <a
            className="composer-open"
            href={briefingHref({
              ids: draft.ids,
              title: draft.title.trim(),
              paper: draft.paper,
              ...(draft.subtitle.trim() ? { subtitle: draft.subtitle.trim() } : {}),
            })}
          >
            {t.openPrintView}
          </a>
        </p>
      )}
      {printing && !ready && <p>{t.needTitleAndItems}</p>}
      {!printing && <p>{t.printingDisabled}</p>}
    </article>
  );
}
