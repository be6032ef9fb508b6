import type { BodyDocument } from '../../../content/model/bundle-schema';
import type { BodySource } from '../../../content/model/source-schemas';
import { definedFields } from './defined-fields';
import { documentBase, type DerivedFields } from './document-base';
import { keyFactsFields } from './key-facts-fields';
import { reviewTrailFields } from './review-trail-fields';
import { standingOf } from '../../../content/model/standing';

/** Body front matter -> compiled body (`established_by` and `related` reach the bundle through the relations stage). */
export function bodyDocument(s: BodySource, derived: DerivedFields): BodyDocument {
  return {
    ...documentBase(
      s,
      { shortName: s.short_name, summary: s.status_note ?? s.type, sections: s.sections, topics: s.topics },
      derived,
    ),
    kind: 'body',
    abbreviations: s.abbreviations,
    type: s.type,
    status: s.status,
    standing: standingOf({ status: s.status, repeals: [] }, derived.contentDate),
    ...definedFields({ statusNote: s.status_note, keyFacts: keyFactsFields(s.key_facts) }),
    ...reviewTrailFields(s),
  };
}
