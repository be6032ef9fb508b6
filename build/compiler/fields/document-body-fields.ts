import { createHash } from 'node:crypto';
import type { BodyFile } from '../../../content/model/bundle-schema';
import type { DocumentBody } from '../../../content/model/document-body-schema';
import { BUNDLE_FORMAT, documentBodyPath } from '../../../content/model/formats';
import type { DerivedFields } from './document-base';

/** A document's body file as written: its parsed form (for the output check), its bytes and where the catalogue finds it. */
export interface BodyFileOutput {
  body: DocumentBody;
  text: string;
  file: BodyFile;
}

/**
 * What goes into a document's body file rather than the catalogue: its HTML and the contents made from its headings,
 * the same for every kind. Everything else (dates, relations, facts, sources) stays in the catalogue, where lists,
 * facets, compare, timeline, countries and tasks read it without opening documents.
 */
export function documentBodyFile(id: string, derived: Pick<DerivedFields, 'html' | 'toc'>): BodyFileOutput {
  const body: DocumentBody = { format: BUNDLE_FORMAT, id, html: derived.html, toc: derived.toc };
  const text = JSON.stringify(body);
  return {
    body,
    text,
    file: {
      path: documentBodyPath(id),
      size: Buffer.byteLength(text),
      sha256: createHash('sha256').update(text).digest('hex'),
    },
  };
}
