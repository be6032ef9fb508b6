import type { BodyDocument, InstrumentDocument } from '../../content/model/bundle-schema';
import { useBundle } from '../bundle/bundle-context';
import { texts } from '../texts/active-texts';
import { DocumentLink } from './document-link';
import { StatusAsOf } from './status-as-of';
import { effectText, standingSentence } from './standing-text';

/**
 * Where a document stands on the content date, in a sentence from the status model, what amended it and from when,
 * and when the status was last checked; what replaced it is the successor strip's to show.
 */
export function StatusBanner({ doc }: { doc: InstrumentDocument | BodyDocument }) {
  const { bundle } = useBundle();
  const effective = doc.kind === 'instrument' ? doc.effective : undefined;
  const amendedBy = doc.relations.amendedBy;
  return (
    <div className={`status-banner status-${doc.standing.key}`} role="note" aria-label={texts.banner.label}>
      <strong>{standingSentence(doc.standing)}</strong>
      {doc.statusNote && <span> · {doc.statusNote}</span>}
      {amendedBy.length > 0 && (
        <p className="status-links">
          {texts.banner.amendedBy}{' '}
          {amendedBy.map((id, i) => {
            const effect = effective?.[id];
            return (
              <span key={id}>
                {i > 0 && '; '}
                <DocumentLink id={id} />
                {effect && <span className="effect"> ({effectText(effect, bundle.contentDate)})</span>}
              </span>
            );
          })}
        </p>
      )}
      <StatusAsOf doc={doc} />
    </div>
  );
}
