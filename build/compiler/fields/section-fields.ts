import type { SectionDocument } from '../../../content/model/bundle-schema';
import type { SectionSource } from '../../../content/model/source-schemas';
import { definedFields } from './defined-fields';
import { documentBase, type DerivedFields } from './document-base';
import { reviewTrailFields } from './review-trail-fields';

/** Where a section sits among the others, worked out from every document. */
export interface SectionPlace {
  children: string[];
  members: string[];
}

/** Section front matter -> compiled section. */
export function sectionDocument(s: SectionSource, derived: DerivedFields & SectionPlace): SectionDocument {
  return {
    ...documentBase(s, { shortName: s.title, summary: s.summary, sections: [], topics: [] }, derived),
    kind: 'section',
    order: s.order,
    ...definedFields({ parent: s.parent }),
    children: derived.children,
    members: derived.members,
    ...reviewTrailFields(s),
  };
}
