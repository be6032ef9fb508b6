import type { Document, SectionDocument } from '../../content/model/bundle-schema';
import { BookmarkStar } from '../bookmarks-ui/bookmark-star';
import { useBundle } from '../bundle/bundle-context';
import { OfficialTitleText } from '../language/official-title-text';
import { texts } from '../texts/active-texts';
import { DocumentBody } from './document-body';
import { DocumentLink } from './document-link';
import { PrintHeader } from './print-header';
import { ReviewTrail } from './review-trail';
import { LocalContentNotice } from '../local-content/local-content-badge';

// Labels are read at render time, so they follow the interface language.
const GROUPS = [
  { kind: 'instrument', label: () => texts.section.instruments },
  { kind: 'body', label: () => texts.section.bodies },
  { kind: 'page', label: () => texts.section.pages },
  { kind: 'section', label: () => texts.section.subsections },
] as const;

/** A section: its introduction, then its member documents grouped by kind. */
export function SectionView({ doc }: { doc: SectionDocument }) {
  const { documents } = useBundle();
  const members = [...new Set([...doc.children, ...doc.members])]
    .map((id) => documents.get(id))
    .filter((d): d is Document => d !== undefined);
  return (
    <article className="document section">
      <PrintHeader />
      <BookmarkStar kind={doc.kind} id={doc.id} />
      <h1>{doc.title}</h1>
      <LocalContentNotice id={doc.id} />
      <p className="summary">{doc.summary}</p>
      <DocumentBody doc={doc} />
      {GROUPS.map(({ kind, label }) => {
        const group = members.filter((d) => d.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`members-${kind}`}>
            <h2 id={`members-${kind}`}>{label()}</h2>
            <ul className="member-list">
              {group.map((member) => (
                <li key={member.id}>
                  <DocumentLink id={member.id} />
                  <OfficialTitleText id={member.id} className="member-official-title" />
                  <span className="member-summary">{member.summary}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <ReviewTrail doc={doc} />
    </article>
  );
}
