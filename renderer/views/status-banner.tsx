import type { BodyDocument, InstrumentDocument } from '../../content/model/bundle-schema';
import { texts } from '../texts/active-texts';
import { DocumentLink } from './document-link';

const LINKED = ['repealedBy', 'replacedBy', 'amendedBy'] as const;

/** Where a document stands today, linked to the acts that repealed, replaced or amended it. */
export function StatusBanner({ doc }: { doc: InstrumentDocument | BodyDocument }) {
  // An act that repealed and replaced another is named once, as the one that repealed it.
  const shown = (relation: (typeof LINKED)[number]) =>
    relation === 'replacedBy'
      ? doc.relations.replacedBy.filter((id) => !doc.relations.repealedBy.includes(id))
      : doc.relations[relation];
  const groups = LINKED.filter((relation) => shown(relation).length > 0);
  return (
    <div className={`status-banner status-${doc.status}`} role="note" aria-label={texts.banner.label}>
      <strong>{texts.status[doc.status]}</strong>
      {doc.statusNote && <span> · {doc.statusNote}</span>}
      {groups.map((relation) => (
        <p key={relation} className="status-links">
          {texts.banner[relation]}{' '}
          {shown(relation).map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <DocumentLink id={id} />
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
