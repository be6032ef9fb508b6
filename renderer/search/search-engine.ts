import lunr from 'lunr';
import type { SearchDoc, SearchIndexFile } from '../../content/model/search-index-schema';
import { foldedWords } from './fold';
import { registerPipeline } from './lunr-pipeline';

/** One ranked result: a document, with its best passage. */
export interface SearchResult {
  doc: SearchDoc;
  anchor: string;
  headingPath: string[];
  score: number;
  snippet: string;
}

/** A loaded, ready-to-query search engine. */
export interface SearchEngine {
  search(query: string, limit?: number): SearchResult[];
}

/** Loads a prebuilt index file into an engine (never builds an index). */
export function loadSearchEngine(file: SearchIndexFile): SearchEngine {
  registerPipeline();
  const index = lunr.Index.load(file.lunr as unknown as object);
  const docs = new Map(file.docs.map((d) => [d.id, d]));
  return {
    search(query, limit = 20) {
      const words = foldedWords(query);
      if (words.length === 0) return [];
      const matches = index.query((q) => {
        words.forEach((word, i) => {
          const last = i === words.length - 1;
          q.term(word, {
            presence: lunr.Query.presence.REQUIRED,
            wildcard: last ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
          });
        });
      });
      const seen = new Map<string, SearchResult>();
      for (const match of matches) {
        const passage = file.passages[Number(match.ref)];
        const doc = passage && docs.get(passage.doc);
        if (!passage || !doc || seen.has(doc.id)) continue;
        seen.set(doc.id, {
          doc,
          anchor: passage.anchor,
          headingPath: passage.headingPath,
          score: match.score,
          snippet: passage.text.slice(0, 200),
        });
      }
      return [...seen.values()].slice(0, limit);
    },
  };
}
