import type { Relations, TocEntry } from '../../../content/model/bundle-schema';
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

/** The fields every compiled document has, in bundle order; `contentHash` is filled in once the document is complete. */
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
    html: derived.html,
    toc: derived.toc,
    sections: own.sections,
    topics: own.topics,
    relations: derived.relations,
    contentHash: '',
  };
}
