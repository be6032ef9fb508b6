import lunr from 'lunr';
import type { SearchDoc, SearchIndexFile, SearchPassagesFile } from '../../content/model/search-index-schema';
import { createFacetTable, filterKeys } from './facets';
import { foldedWords } from './fold';
import { buildIdentifierMap } from './identifiers';
import { createPassageScorer } from './passage-scorer';
import { parseQuery } from './query-parser';
import { planQuery, type QueryPlan } from './query-plan';
import { conceptMasks, finalScore, textScore } from './ranking';
import { createRollUp, type DocumentHits } from './rollup';
import type { SearchEngine, SearchOptions, SearchResponse, SearchResult } from './search-types';
import { makeSnippet } from './snippet';
import { createSynonymTable } from './synonyms';
import { createVocabulary } from './vocabulary';

export type { SearchEngine, SearchOptions, SearchResponse, SearchResult } from './search-types';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;

function namesOf(doc: SearchDoc): string[] {
  return [doc.title, doc.shortName, ...doc.abbreviations, ...(doc.aliases ?? [])]
    .map((n) => foldedWords(n).join(' '))
    .filter(Boolean);
}

function hasPhrase(text: string, phrase: string[]): boolean {
  return ` ${foldedWords(text).join(' ')} `.includes(` ${phrase.join(' ')} `);
}

/**
 * Loads a prebuilt, parsed search-index.json and the search-passages.json beside it into an engine;
 * never builds an index, touches no Node API. Throws when the two files are not of one build.
 */
export function loadSearchEngine(file: SearchIndexFile, passageFile: SearchPassagesFile): SearchEngine {
  const texts = passageFile.texts;
  if (passageFile.format !== file.format || texts.length !== file.passages.length) {
    throw new Error(
      `search-passages.json does not belong to search-index.json: format ${passageFile.format} with ${texts.length} texts, index format ${file.format} with ${file.passages.length} passages`,
    );
  }
  const index = lunr.Index.load(file.lunr as unknown as object);
  const docs = file.docs;
  const docIndex = new Map(docs.map((d, i) => [d.id, i]));
  const docOfPassage = Int32Array.from(file.passages, (p) => docIndex.get(p.doc) ?? -1);
  const firstPassage = new Int32Array(docs.length).fill(-1);
  docOfPassage.forEach((d, p) => {
    if (d >= 0 && firstPassage[d] === -1) firstPassage[d] = p;
  });
  const scorer = createPassageScorer(index, file.passages.length);
  const rollUp = createRollUp(docOfPassage, docs.length);
  const vocabulary = createVocabulary(index);
  const commonTerms = new Set(file.commonTerms);
  const synonyms = createSynonymTable(file.synonyms);
  let identifierMap: Map<string, string[]> | undefined;
  // Built when a query first names an identifier: most never do, and it is a good share of the load time.
  const identifiers = { get: (key: string) => (identifierMap ??= buildIdentifierMap(docs)).get(key) };
  const facets = createFacetTable(docs);
  const byName = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const name of new Set(namesOf(doc))) byName.set(name, [...(byName.get(name) ?? []), i]);
  });
  // Ties are broken by title; ranking the titles once keeps string comparison out of every query's sort.
  const collator = new Intl.Collator('en');
  const titleOrder = new Int32Array(docs.length);
  [...docs.keys()]
    .sort((a, b) => collator.compare(docs[a]?.title ?? '', docs[b]?.title ?? ''))
    .forEach((doc, rank) => (titleOrder[doc] = rank));
  const scores = new Float64Array(docs.length);

  /**
   * Documents the query names exactly and, when it names no instrument, the instruments of a glossary
   * entry it names: the entry explains the word ("DNA", "data retention"), the act it leads to is what
   * an officer is after; an instrument named directly ("SIS") needs no such help.
   */
  function exactlyNamed(plan: QueryPlan): { exact: number[]; inherited: number[] } {
    const exact = byName.get(plan.exactText) ?? [];
    if (exact.some((doc) => docs[doc]?.kind === 'instrument')) return { exact, inherited: [] };
    const related = exact.flatMap((doc) => docs[doc]?.related ?? []).map((id) => docIndex.get(id) ?? -1);
    return { exact, inherited: related.filter((doc) => docs[doc]?.kind === 'instrument') };
  }

  /** Documents the query reaches: all its words where some document has them all, else any. */
  function candidates(plan: QueryPlan, hits: DocumentHits): number[] {
    const masks = conceptMasks(plan.concepts);
    const everything = masks.all | masks.required;
    let wanted = masks.required;
    for (const doc of hits.docs) {
      if (((hits.covered[doc] ?? 0) & everything) === everything) {
        wanted = everything;
        break;
      }
    }
    const found: number[] = [];
    for (const doc of hits.docs) if (((hits.covered[doc] ?? 0) & wanted) === wanted) found.push(doc);
    const named = [
      ...plan.identifierKeys.flatMap((key) => identifiers.get(key) ?? []).map((id) => docIndex.get(id) ?? -1),
      ...Object.values(exactlyNamed(plan)).flat(),
    ];
    const seen = new Set<number>();
    for (const doc of named) {
      // A named document the text search did not keep joins once; one it kept is in already.
      const kept = (hits.bestPassage[doc] ?? -1) >= 0 && ((hits.covered[doc] ?? 0) & wanted) === wanted;
      if (doc < 0 || kept || seen.has(doc)) continue;
      seen.add(doc);
      found.push(doc);
    }
    return found;
  }

  /**
   * One result. It leads to its best passage's heading only when that passage is what the query found: a document
   * the query names (`named`), or one found where it starts, opens at its top, with its title and status in view.
   */
  function result(docNumber: number, hits: DocumentHits, score: number, plan: QueryPlan, named: boolean): SearchResult {
    const doc = docs[docNumber] as SearchDoc;
    const best = hits.bestPassage[docNumber] ?? -1;
    const shown = best >= 0 ? best : (firstPassage[docNumber] ?? -1);
    const atPassage = best >= 0 && best !== firstPassage[docNumber] && !named;
    const passage = file.passages[shown];
    const covered = best >= 0 ? (hits.covered[docNumber] ?? 0) : 0;
    const matched = plan.concepts.filter((_, i) => (covered & (2 ** i)) !== 0).flatMap((c) => [...c.terms.keys()]);
    const highlight = new Set([...matched, ...plan.phrases.flat()]);
    return {
      kind: doc.kind,
      id: doc.id,
      title: doc.title,
      shortName: doc.shortName,
      ...(doc.celex ? { celex: doc.celex } : {}),
      ...(doc.status ? { status: doc.status } : {}),
      ...(doc.standing ? { standing: doc.standing } : {}),
      headingPath: passage?.headingPath ?? [],
      anchor: atPassage ? (passage?.anchor ?? '') : '',
      score: Math.round(score * 1000) / 1000,
      snippet: makeSnippet(texts[shown] ?? '', (term) => highlight.has(term)),
      doc,
    };
  }

  return {
    search(query: string, options: SearchOptions = {}): SearchResponse {
      const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(Number(options.limit) || DEFAULT_LIMIT)));
      const parsed = parseQuery(query, options.typing === true);
      const plan = planQuery(parsed, vocabulary, synonyms, commonTerms);
      const keys = filterKeys(plan.filters, options.filters);
      const hasFilters = Object.keys(keys).length > 0;
      const hits = rollUp.roll(scorer.score(plan.concepts));
      let found = candidates(plan, hits);
      if (found.length === 0 && plan.concepts.length === 0 && plan.identifierKeys.length === 0 && hasFilters) {
        // A query of filters alone (type:directive) lists everything that passes them.
        found = [...docs.keys()];
      }
      if (plan.excluded.length > 0) {
        const excludedDocs = new Set([...scorer.holding(plan.excluded)].map((p) => docOfPassage[p]));
        found = found.filter((doc) => !excludedDocs.has(doc));
      }
      const masks = conceptMasks(plan.concepts);
      const identifierDocs = new Set(plan.identifierKeys.flatMap((k) => identifiers.get(k) ?? []));
      const named = exactlyNamed(plan);
      const exactDocs = new Set(named.exact);
      const inheritedDocs = new Set(named.inherited);
      const ranked: number[] = [];
      for (const doc of found) {
        const searchDoc = docs[doc] as SearchDoc;
        if (hasFilters && !facets.passes(doc, keys)) continue;
        const best = hits.bestPassage[doc] ?? -1;
        const hit = best >= 0;
        const phrase =
          plan.phrases.length > 0 &&
          plan.phrases.every((p) => (hit && hasPhrase(texts[best] ?? '', p)) || hasPhrase(searchDoc.title, p));
        const text = hit
          ? textScore(hits.bestScore[doc] ?? 0, hits.otherScore[doc] ?? 0, hits.covered[doc] ?? 0, masks)
          : 0;
        scores[doc] = finalScore(searchDoc, text, {
          exactName: exactDocs.has(doc) || inheritedDocs.has(doc),
          identifier: identifierDocs.has(searchDoc.id),
          phrase,
        });
        ranked.push(doc);
      }
      ranked.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (titleOrder[a] ?? 0) - (titleOrder[b] ?? 0));
      return {
        results: ranked.slice(0, limit).map((doc) => result(doc, hits, scores[doc] ?? 0, plan, exactDocs.has(doc))),
        facets: facets.count(found, keys),
        total: ranked.length,
      };
    },
  };
}
