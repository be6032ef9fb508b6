import { useEffect, useState } from 'react';
import { CONTENT_CHANGES_PAGE, documentHref } from '../../content/model/links';
import type { ChannelOutput } from '../../common/contract/ipc-contract';
import { useShellApi } from '../api/api-context';
import { useBundle } from '../bundle/bundle-context';
import { texts } from '../texts/active-texts';

const t = texts.whatsNew;

type WhatsNew = NonNullable<ChannelOutput<'packs:whatsNew'>>;
type ChangedDocument = WhatsNew['changes']['added'][number];
type State =
  { kind: 'loading' } | { kind: 'no-shell' } | { kind: 'loaded'; record: WhatsNew | null; notices: string[] };

function ChangeList({ title, documents, linked }: { title: string; documents: ChangedDocument[]; linked: boolean }) {
  const id = `whats-new-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} ({documents.length})
      </h2>
      {documents.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <ul>
          {documents.map((document) => (
            <li key={document.id}>
              {linked ? <a href={documentHref(document.id)}>{document.title}</a> : <span>{document.title}</span>}
            </li>
          ))}
        </ul>
      )}
      {!linked && documents.length > 0 ? <p className="muted">{t.removedNote}</p> : null}
    </section>
  );
}

/** A link to the content's own page on what changed in this version, when it has one. */
function ContentChanges() {
  const { documents, bundle } = useBundle();
  const page = documents.get(CONTENT_CHANGES_PAGE);
  if (!page) return null;
  return (
    <p>
      {t.contentChanges(bundle.version)} <a href={documentHref(page.id)}>{page.title}</a>
    </p>
  );
}

/** The last switch of content (import or revert of a content pack): documents added and changed, linked, and those removed. */
export function WhatsNewView() {
  const api = useShellApi();
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void Promise.all([api?.packs.whatsNew(), api?.packs.status()]).then(([record, status]) => {
      if (!live) return;
      if (!record?.ok) return setState({ kind: 'no-shell' });
      setState({ kind: 'loaded', record: record.value, notices: status?.ok ? status.value.notices : [] });
    });
    return () => {
      live = false;
    };
  }, [api]);
  return (
    <article className="whats-new">
      <h1>{t.title}</h1>
      <ContentChanges />
      {state.kind === 'loading' ? <p className="muted">{t.loading}</p> : null}
      {state.kind === 'no-shell' ? <p>{t.noShell}</p> : null}
      {state.kind === 'loaded' && state.notices.length > 0 ? (
        <section role="alert" aria-label={t.notices}>
          {state.notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </section>
      ) : null}
      {state.kind === 'loaded' && state.record === null ? <p>{t.none}</p> : null}
      {state.kind === 'loaded' && state.record !== null ? (
        <>
          <p>
            {t.switched(
              state.record.fromVersion,
              state.record.toVersion,
              state.record.contentDate,
              new Date(state.record.switchedAt).toLocaleString(),
            )}
          </p>
          <ChangeList title={t.added} documents={state.record.changes.added} linked />
          <ChangeList title={t.changed} documents={state.record.changes.changed} linked />
          <ChangeList title={t.removed} documents={state.record.changes.removed} linked={false} />
        </>
      ) : null}
    </article>
  );
}
