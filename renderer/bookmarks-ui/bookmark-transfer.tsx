import { useId, useRef, useState, type ChangeEvent } from 'react';
import { MAX_IMPORT_BYTES, type ImportReport } from '../../common/bookmarks/bookmark-schema';
import { usePolicies } from '../policies/policy-context';
import { texts } from '../texts/active-texts';
import { useBookmarks } from './bookmark-state-context';
import { saveFile } from './save-file';

const t = texts.bookmarks;

/** Export as our JSON or a browser HTML bookmark file; import our JSON after a preview of what it will change. */
export function BookmarkTransfer() {
  const id = useId();
  const { state } = useBookmarks();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ content: string; report: ImportReport } | null>(null);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  // The main process refuses these calls under policy too; hiding the buttons spares the user a failed attempt.
  const policy = usePolicies()?.values;
  const exportAllowed = policy?.DisableBookmarkExport !== true;
  const importAllowed = policy?.DisableBookmarkImport !== true;

  const exportAs = async (format: 'json' | 'html') => {
    const request =
      format === 'json'
        ? ({ format } as const)
        : ({ format, pageUrl: window.location.href.split('#')[0] as string } as const);
    const result = await state.run((api) => api.export(request));
    setProblem(result.ok ? '' : result.error.message);
    if (!result.ok) return;
    saveFile(result.value.fileName, result.value.mediaType, result.value.content);
    setMessage(t.exported(result.value.fileName));
  };
  const preview = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPending(null);
    setMessage('');
    if (!file) return;
    if (input.current) input.current.value = '';
    // The store would refuse it too; checked here so a 1 GB file is never read into memory to learn that.
    if (file.size > MAX_IMPORT_BYTES) return setProblem(t.importRefused(t.tooLarge(file.size / 2 ** 20)));
    const content = await file.text();
    const result = await state.run((api) => api.import({ content, apply: false }));
    setProblem(result.ok ? '' : t.importRefused(result.error.message));
    if (result.ok) setPending({ content, report: result.value });
  };
  const apply = async () => {
    if (!pending) return;
    const result = await state.run((api) => api.import({ content: pending.content, apply: true }));
    setPending(null);
    setProblem(result.ok ? '' : t.importRefused(result.error.message));
    if (result.ok) setMessage(t.importDone(result.value.added, result.value.merged));
  };

  return (
    <section className="bookmark-transfer" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.transfer}</h2>
      <div className="transfer-actions">
        {exportAllowed && (
          <>
            <button type="button" onClick={() => void exportAs('json')}>
              {t.exportJson}
            </button>
            <button type="button" onClick={() => void exportAs('html')}>
              {t.exportHtml}
            </button>
          </>
        )}
        {importAllowed && (
          <>
            <label htmlFor={`${id}-file`}>{t.importFile}</label>
            <input
              ref={input}
              id={`${id}-file`}
              type="file"
              accept=".json,application/json"
              onChange={(event) => void preview(event)}
            />
          </>
        )}
      </div>
      {!exportAllowed && <p>{texts.policies.exportOff}</p>}
      {!importAllowed && <p>{texts.policies.importOff}</p>}
      {pending && (
        <div className="import-preview">
          <p>{t.importPreview(pending.report.added, pending.report.merged, pending.report.skipped)}</p>
          {pending.report.foldersAdded.length > 0 && <p>{t.importFolders(pending.report.foldersAdded.join(', '))}</p>}
          <ul>
            {pending.report.items.map((item, index) => (
              <li key={index}>
                <span className={`badge badge-${item.action}`}>{t.importAction[item.action]}</span> {item.title}
                {item.folder !== null && <span className="muted"> · {item.folder}</span>}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void apply()}>
            {t.importApply}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t.cancel}
          </button>
        </div>
      )}
      <p role="status">{message}</p>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
