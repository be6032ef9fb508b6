import lunr from 'lunr';
import type { SearchDoc, SearchIndexFile } from '../../content/model/search-index-schema';
import { countFacets, filterKeys, passesFilters } from './facets';
import { foldedWords } from './fold';
import { buildIdentifierMap } from './identifiers';
import { ALL_FIELDS } from './index-fields';
import { passagesHolding, queryPassages } from './lunr-query';
import { parseQuery } from './query-parser';
import { planQuery, type QueryPlan } from './query-plan';
import { coversRequired, finalScore, textScore } from './ranking';
import { rollUp, type DocumentHit } from './rollup';
import type { SearchEngine, SearchOptions, SearchResponse, SearchResult } from './search-types';
import { makeSnippet } from './snippet';
import { createSynonymTable } from './synonyms';
import { createVocabulary } from './vocabulary';

export type { SearchEngine, SearchOptions, SearchResponse, SearchResult } from './search-types';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;

function namesOf(doc: SearchDoc): string[] {
  return [doc.title, doc.shortName, ...doc.abbreviations].map((n) => foldedWords(n).join(' ')).filter(Boolean);
}

function hasPhrase(text: string, phrase: string[]): boolean {
  return ` ${foldedWords(text).join(' ')} `.includes(` ${phrase.join(' ')} `);
}

/** Loads a prebuilt, parsed search-index.json into an engine; never builds an index, touches no Node API. */
export function loadSearchEngine(file: SearchIndexFile): SearchEngine {
  const index = lunr.Index.load(file.lunr as unknown as object);
  const docs = file.docs;
  const docIndex = new Map(docs.map((d, i) => [d.id, i]));
  const docOfPassage = Int32Array.from(file.passages, (p) => docIndex.get(p.doc) ?? -1);
  const firstPassage = new Map<number, number>();
  docOfPassage.forEach((d, p) => {
    if (!firstPassage.has(d)) firstPassage.set(d, p);
  });
  const vocabulary = createVocabulary(index, ALL_FIELDS);
  const synonyms = createSynonymTable(file.synonyms);
  const identifiers = buildIdentifierMap(docs);
  const byName = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const name of new Set(namesOf(doc))) byName.set(name, [...(byName.get(name) ?? []), i]);
  });

  function candidates(plan: QueryPlan): Map<number, DocumentHit | null> {
    const found = new Map<number, DocumentHit | null>();
    const hits = rollUp(queryPassages(index, plan.concepts), docOfPassage, plan.concepts);
    for (const [doc, hit] of hits) if (coversRequired(hit, plan.concepts)) found.set(doc, hit);
    for (const key of plan.identifierKeys) for (const id of identifiers.get(key) ?? []) {
      const doc = docIndex.get(id);
      if (doc !== undefined && !found.has(doc)) found.set(doc, null);
    }
    for (const doc of byName.get(plan.exactText) ?? []) if (!found.has(doc)) found.set(doc, null);
    return found;
  }

  function result(docNumber: number, hit: DocumentHit | null, score: number, plan: QueryPlan): SearchResult {
    const doc = docs[docNumber] as SearchDoc;
    const passage = file.passages[hit?.bestPassage ?? firstPassage.get(docNumber) ?? -1];
    const highlight = new Set([...(hit?.terms ?? []), ...plan.phrases.flat()]);
    return {
      kind: doc.kind,
      id: doc.id,
      title: doc.title,
      shortName: doc.shortName,
      ...(doc.celex ? { celex: doc.celex } : {}),
      ...(doc.status ? { status: doc.status } : {}),
      headingPath: passage?.headingPath ?? [],
      anchor: passage?.anchor ?? '',
      score: Math.round(score * 1000) / 1000,
      snippet: makeSnippet(passage?.text ?? '', (term) => highlight.has(term)),
      doc,
    };
  }

  return {
    search(query: string, options: SearchOptions = {}): SearchResponse {
      const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(Number(options.limit) || DEFAULT_LIMIT)));
      const parsed = parseQuery(query, options.typing === true);
      const plan = planQuery(parsed, vocabulary, synonyms);
      const keys = filterKeys(plan.filters, options.filters);
      const hasFilters = Object.keys(keys).length > 0;
      let found = candidates(plan);
      if (found.size === 0 && plan.concepts.length === 0 && plan.identifierKeys.length === 0 && hasFilters) {
        // A query of filters alone (type:directive) lists everything that passes them.
        found = new Map(docs.map((_, i) => [i, null]));
      }
      if (plan.excluded.length > 0) {
        const excludedDocs = new Set([...passagesHolding(index, plan.excluded)].map((p) => docOfPassage[p]));
        for (const doc of [...found.keys()]) if (excludedDocs.has(doc)) found.delete(doc);
      }
      const identifierDocs = new Set(plan.identifierKeys.flatMap((k) => identifiers.get(k) ?? []));
      const exactDocs = new Set(byName.get(plan.exactText) ?? []);
      const matchedDocs = [...found.keys()].map((d) => docs[d] as SearchDoc);
      const scored: { doc: number; hit: DocumentHit | null; score: number }[] = [];
      for (const [doc, hit] of found) {
        const searchDoc = docs[doc] as SearchDoc;
        if (hasFilters && !passesFilters(searchDoc, keys)) continue;
        const bestText = hit ? file.passages[hit.bestPassage]?.text ?? '' : '';
        const phrase = plan.phrases.length > 0 && plan.phrases.every((p) => hasPhrase(bestText, p) || hasPhrase(searchDoc.title, p));
        const score = finalScore(searchDoc, hit ? textScore(hit, plan.concepts) : 0, {
          exactName: exactDocs.has(doc),
          identifier: identifierDocs.has(searchDoc.id),
          phrase,
        });
        scored.push({ doc, hit, score });
      }
      scored.sort((a, b) => b.score - a.score || (docs[a.doc]?.title ?? '').localeCompare(docs[b.doc]?.title ?? ''));
      return {
        results: scored.slice(0, limit).map((s) => result(s.doc, s.hit, s.score, plan)),
        facets: countFacets(matchedDocs, keys),
        total: scored.length,
      };
    },
  };
}
