import type { PageDocument } from '../../../content/model/bundle-schema';
import type { PageSource } from '../../../content/model/source-schemas';
import { documentBase, type DerivedFields } from './document-base';
import { reviewTrailFields } from './review-trail-fields';

/** Page front matter -> compiled page (`related` reaches the bundle through the relations stage). */
export function pageDocument(s: PageSource, derived: DerivedFields): PageDocument {
  return {
    ...documentBase(s, { shortName: s.title, summary: s.summary, sections: s.sections, topics: [] }, derived),
    kind: 'page',
    ...reviewTrailFields(s),
  };
}
