import type { Relations } from '../../content/model/bundle-schema';
import { texts } from '../texts/active-texts';
import { DocumentLink } from './document-link';

const GROUPS = [
  'amends',
  'amendedBy',
  'repeals',
  'repealedBy',
  'replaces',
  'replacedBy',
  'establishes',
  'establishedBy',
  'related',
] as const;

/** Every relation of a document in both directions (the compiler fills the reverse side), grouped by kind. */
export function RelatedDocuments({ relations }: { relations: Relations }) {
  const groups = GROUPS.filter((group) => relations[group].length > 0);
  if (groups.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{texts.relations.title}</h2>
      <dl>
        {groups.map((group) => (
          <div key={group}>
            <dt>{texts.relations[group]}</dt>
            {relations[group].map((id) => (
              <dd key={id}>
                <DocumentLink id={id} />
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
