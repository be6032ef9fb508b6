import type { Document } from '../../../content/model/bundle-schema';
import type { DocumentKind } from '../../../content/model/source-schemas';
import type { ValidDocument } from '../validate';
import { bodyDocument } from './body-fields';
import { countryDocument } from './country-fields';
import type { DerivedFields } from './document-base';
import { instrumentDocument, type StructuredLimits } from './instrument-fields';
import { pageDocument } from './page-fields';
import { sectionDocument, type SectionPlace } from './section-fields';
import { taskDocument } from './task-fields';

type SourceOf<K extends DocumentKind> = Extract<ValidDocument, { kind: K }>['data'];

/** Every document kind's source-to-bundle mapping, one file each; a kind without one does not compile. */
const DOCUMENT_FIELDS: {
  [K in DocumentKind]: (source: SourceOf<K>, derived: DerivedFields & SectionPlace & StructuredLimits) => Document;
} = {
  page: pageDocument,
  section: sectionDocument,
  instrument: instrumentDocument,
  body: bodyDocument,
  country: countryDocument,
  task: taskDocument,
};

/** The compiled document for a validated source, through its kind's mapping. */
export function documentFields(doc: ValidDocument, derived: DerivedFields & SectionPlace & StructuredLimits): Document {
  const mapping = DOCUMENT_FIELDS[doc.kind] as (
    source: ValidDocument['data'],
    derived: DerivedFields & SectionPlace & StructuredLimits,
  ) => Document;
  return mapping(doc.data, derived);
}
