import type { Relations } from '../../../content/model/bundle-schema';
import type { TocEntry } from '../../../content/model/document-body-schema';
import type { RelationEffect } from '../../../content/model/standing';

/**
 * What other stages work out for a document: its linked HTML, contents, reciprocal relations, when each of its
 * repeals, amendments and replacements takes effect (by the other instrument's id), and the content date its
 * standing is worked out on.
 */
export interface DerivedFields {
  html: string;
  toc: TocEntry[];
  relations: Relations;
  effective: Readonly<Record<string, RelationEffect>> | undefined;
  contentDate: string;
}

/**
 * The catalogue fields every compiled document has, in bundle order; `body` and `contentHash` are filled in once the
 * body file is written (`document-body-fields.ts` maps the HTML and contents into it).
 */
export function documentBase(
  source: { id: string; title: string },
  own: { shortName: string; summary: string; sections: string[]; topics: string[] },
  derived: DerivedFields,
) {
  return {
    id: source.id,
    title: source.title,
    shortName: own.shortName,
    summary: own.summary,
    body: { path: '', size: 0, sha256: '' },
    sections: own.sections,
    topics: own.topics,
    relations: derived.relations,
    contentHash: '',
  };
}
