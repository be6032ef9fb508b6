import type { Document } from '../../content/model/bundle-schema';
import { texts } from '../texts/active-texts';
import { formatDate } from '../views/format-date';
import { KeyFactsTable } from '../views/key-facts-table';
import { sourceHref, statusSource } from '../views/source-href';
import { standingSentence } from '../views/standing-text';
import { itemAnchor } from './pack-anchors';

const t = texts.briefing;

function identifiersOf(doc: Document): [string, string][] {
  if (doc.kind !== 'instrument') return [];
  const m = texts.metadata;
  const rows: [string, string | undefined][] = [
    [m.celex, doc.celex],
    [m.eli, doc.eli],
    [m.ecli, doc.ecli],
    [m.oj, doc.oj],
    [m.number, doc.number],
  ];
  return rows.filter((row): row is [string, string] => !!row[1]);
}

/** "Status as of", with the source it was checked against written out, since a printed link cannot be followed. */
function StatusLine({ doc }: { doc: Document }) {
  const date = formatDate(doc.checked);
  if (doc.kind !== 'instrument' && doc.kind !== 'body') return <p className="status-as-of">{t.checked(date)}</p>;
  const source = statusSource(doc.sources, doc.kind === 'instrument' ? doc.celex : undefined);
  if (!source) return <p className="status-as-of">{texts.statusAsOf.noSource(date)}</p>;
  const where = sourceHref(source);
  return (
    <p className="status-as-of">
      {texts.statusAsOf.before(date)}
      <cite>{source.title}</cite>
      {source.article && ` (${source.article})`}
      {where && <span className="external-reference"> ({where})</span>}.
    </p>
  );
}

/** One item of a briefing pack, starting on a new sheet: title, identifiers, status, key facts and the text. */
export function BriefingItem({ doc, html }: { doc: Document; html: string }) {
  const identifiers = identifiersOf(doc);
  const rated = doc.kind === 'instrument' || doc.kind === 'body' ? doc : undefined;
  const standing = rated?.standing;
  return (
    <article className="briefing-item" aria-labelledby={itemAnchor(doc.id)}>
      <p className="briefing-kind">
        {texts.kinds[doc.kind]}
        {doc.shortName !== doc.title && ` · ${doc.shortName}`}
      </p>
      <h1 id={itemAnchor(doc.id)}>{doc.title}</h1>
      {identifiers.length > 0 && (
        <dl className="briefing-identifiers" aria-label={t.identifiers}>
          {identifiers.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="identifier">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {standing && (
        <p className={`briefing-status status-${standing.key}`}>
          <strong>{t.status}:</strong> {standingSentence(standing)}
          {rated?.statusNote && ` — ${rated.statusNote}`}
        </p>
      )}
      <StatusLine doc={doc} />
      <KeyFactsTable facts={rated?.keyFacts} landmark={false} />
      {/* Compiled and sanitised by the compiler, rewritten for paper by packHtml; the CSP forbids inline script. */}
      <div className="document-body briefing-body" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
