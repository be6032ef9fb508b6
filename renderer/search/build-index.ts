import lunr from 'lunr';
import type { Passage, SearchDoc, SearchIndexFile } from '../../content/model/search-index-schema';
import { configureBuilder } from './lunr-pipeline';

/** Builds the serialised search index from documents and their passages (lunr refs are passage positions). */
export function buildSearchIndex(
  docs: SearchDoc[],
  passages: Passage[],
  synonyms: string[][],
): SearchIndexFile {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const index = lunr(function build() {
    configureBuilder(this);
    this.ref('ref');
    this.field('title', { boost: 10 });
    this.field('abbreviations', { boost: 8 });
    this.field('identifiers', { boost: 8 });
    this.field('headings', { boost: 3 });
    this.field('body');
    passages.forEach((passage, position) => {
      const doc = byId.get(passage.doc);
      if (!doc) throw new Error(`passage of unknown document ${passage.doc}`);
      const first = passage.anchor === '';
      this.add({
        ref: String(position),
        title: first ? `${doc.title} ${doc.shortName}` : '',
        abbreviations: first ? doc.abbreviations.join(' ') : '',
        identifiers: first ? doc.identifiers.join(' ') : '',
        headings: passage.headingPath.join(' '),
        body: passage.text,
      });
    });
  });
  return { format: 1, docs, passages, synonyms, lunr: index.toJSON() as unknown as Record<string, unknown> };
}
