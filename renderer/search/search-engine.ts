import lunr from 'lunr';
import type { SearchDoc, SearchIndexFile, SearchPassagesFile } from '../../content/model/search-index-schema';
import { createConceptTable } from './concept-table';
import { createAnswerer } from './direct-answer';
import { createFacetTable, filterKeys } from './facets';
import { foldedWords } from './fold';
import { buildIdentifierMap, reorderedKeys } from './identifiers';
import { namedSubjects } from './named-subjects';
import { createPassageScorer } from './passage-scorer';
import { parseQuery } from './query-parser';
import { planQuery, type QueryPlan } from './query-plan';
import { conceptMasks, finalScore, textScore } from './ranking';
import { createRollUp, type DocumentHits } from './rollup';
import type { QueryCorrection, SearchEngine, SearchOptions, SearchResponse, SearchResult } from './search-types';
import { makeSnippet } from './snippet';
import { createSynonymTable } from './synonyms';
import { stemWord } from './text-analysis';
import { createVocabulary } from './vocabulary';

export type { SearchEngine, SearchOptions, SearchResponse, SearchResult } from './search-types';

const DEFAULT_LIMIT = 20;
/** Share of passages above which a one-word query is an ordinary word rather than the name of something. */
const GENERIC_SHARE = 0.25;
/** Kinds that cover an area rather than one thing ("Information exchange"): a question naming one has its subject elsewhere. */
const AREA_KINDS: ReadonlySet<string> = new Set(['section', 'page']);
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
  const concepts = createConceptTable(file.concepts);
  const answerer = createAnswerer(file.answers, docs);
  let identifierMap: Map<string, string[]> | undefined;
  // Built when a query first names an identifier: most never do, and it is a good share of the load time.
  const identifiers = { get: (key: string) => (identifierMap ??= buildIdentifierMap(docs)).get(key) };
  const facets = createFacetTable(docs);
  const byName = new Map<string, number[]>();
  const byStemmedName = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const name of new Set(namesOf(doc))) {
      byName.set(name, [...(byName.get(name) ?? []), i]);
      const stemmed = name.split(' ').map(stemWord).join(' ');
      byStemmedName.set(stemmed, [...new Set([...(byStemmedName.get(stemmed) ?? []), i])]);
    }
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
    const byAbbreviation = exact.some((doc) =>
      docs[doc]?.abbreviations.some((a) => foldedWords(a).join(' ') === plan.exactText),
    );
    return { exact, inherited: isGenericWord(plan.exactText) && !byAbbreviation ? [] : inheritedBy(exact) };
  }

  /**
   * One word found in a large share of the passages ("data"): its glossary entry, which says what the word means, is
   * the answer, not the acts the entry links to, as they are for "interoperability", "data retention" or an
   * abbreviation ("DNA").
   */
  function isGenericWord(text: string): boolean {
    if (text.includes(' ')) return false;
    return vocabulary.frequency(stemWord(text)) > GENERIC_SHARE * file.passages.length;
  }

  /** The instruments a glossary entry among `named` leads to, when `named` holds no instrument itself. */
  function inheritedBy(named: readonly number[]): number[] {
    if (named.some((doc) => docs[doc]?.kind === 'instrument')) return [];
    const related = named.flatMap((doc) => docs[doc]?.related ?? []).map((id) => docIndex.get(id) ?? -1);
    return related.filter((doc) => docs[doc]?.kind === 'instrument');
  }

  /**
   * What a question is about: documents a stretch of its words names (and, for a glossary entry, its instruments), and
   * the documents of the concepts it names ("hot pursuit" is Article 41 CISA).
   */
  function subjectsOf(words: readonly string[], plan: QueryPlan): Set<number> {
    const named = namedSubjects(words, plan.stems, byStemmedName, (doc) => docs[doc]?.kind === 'term').filter(
      (doc) => !AREA_KINDS.has(docs[doc]?.kind ?? 'page'),
    );
    const conceptDocs = plan.conceptDocuments.map((id) => docIndex.get(id) ?? -1).filter((doc) => doc >= 0);
    const inherited = inheritedBy(named);
    // A glossary entry that leads to acts hands its place to them, as with an exact name.
    const kept = inherited.length > 0 ? named.filter((doc) => docs[doc]?.kind !== 'term') : named;
    return new Set([...kept, ...inherited, ...conceptDocs]);
  }

  /** Documents carrying the query's identifiers, or their numbers the other way round when as written they name none. */
  function identifiedBy(keys: readonly string[]): Set<string> {
    const found = new Set(keys.flatMap((k) => identifiers.get(k) ?? []));
    if (found.size > 0) return found;
    return new Set(reorderedKeys(keys).flatMap((k) => identifiers.get(k) ?? []));
  }

  let nameWordOfStem: Map<string, string> | undefined;
  /** The first word of any document's names with this stem, from a map built on the first correction. */
  function nameWord(term: string): string | undefined {
    if (!nameWordOfStem) {
      nameWordOfStem = new Map();
      for (const doc of docs)
        for (const word of namesOf(doc).flatMap((name) => name.split(' ')))
          if (!nameWordOfStem.has(stemWord(word))) nameWordOfStem.set(stemWord(word), word);
    }
    return nameWordOfStem.get(term);
  }

  /**
   * The word a corrected index term stands for, as the top results spell it in their best passages, else as the
   * documents' names do (a stem such as "initi" is no word to show); the stem itself when none does.
   */
  function spelled(term: string, ranked: readonly number[], hits: DocumentHits): string {
    for (const doc of ranked.slice(0, 5)) {
      const best = hits.bestPassage[doc] ?? -1;
      const word = best >= 0 ? foldedWords(texts[best] ?? '').find((w) => stemWord(w) === term) : undefined;
      if (word) return word;
    }
    return nameWord(term) ?? term;
  }

  /** Documents the query reaches: all its words where some document has them all, else any. */
  function candidates(plan: QueryPlan, hits: DocumentHits, named: Iterable<number>): number[] {
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

  /** The query with each corrected word replaced, when any was. */
  function correctionOf(
    query: string,
    plan: QueryPlan,
    ranked: readonly number[],
    hits: DocumentHits,
  ): QueryCorrection | undefined {
    const words = plan.concepts.flatMap((c) => (c.correction ? [c.correction] : []));
    if (words.length === 0) return undefined;
    const corrected = words.map(({ word, term }) => ({ from: word, to: spelled(term, ranked, hits) }));
    const replaced = foldedWords(query)
      .map((word) => corrected.find((c) => c.from === word)?.to ?? word)
      .join(' ');
    return { query: replaced, words: corrected };
  }

  return {
    search(query: string, options: SearchOptions = {}): SearchResponse {
      const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(Number(options.limit) || DEFAULT_LIMIT)));
      const parsed = parseQuery(query, options.typing === true);
      const plan = planQuery(parsed, { vocabulary, synonyms, concepts, commonTerms }, options.verbatim !== true);
      const keys = filterKeys(plan.filters, options.filters);
      const hasFilters = Object.keys(keys).length > 0;
      const hits = rollUp.roll(scorer.score(plan.concepts));
      const identifierDocs = identifiedBy(plan.identifierKeys);
      const named = exactlyNamed(plan);
      const subjects = subjectsOf(parsed.words, plan);
      const joining = [
        ...[...identifierDocs].map((id) => docIndex.get(id) ?? -1),
        ...named.exact,
        ...named.inherited,
        ...subjects,
      ];
      let found = candidates(plan, hits, joining);
      if (found.length === 0 && plan.concepts.length === 0 && plan.identifierKeys.length === 0 && hasFilters) {
        // A query of filters alone (type:directive) lists everything that passes them.
        found = [...docs.keys()];
      }
      if (plan.excluded.length > 0) {
        const excludedDocs = new Set([...scorer.holding(plan.excluded)].map((p) => docOfPassage[p]));
        found = found.filter((doc) => !excludedDocs.has(doc));
      }
      const masks = conceptMasks(plan.concepts);
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
          subject: subjects.has(doc),
        });
        ranked.push(doc);
      }
      ranked.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (titleOrder[a] ?? 0) - (titleOrder[b] ?? 0));
      const answer =
        plan.asks.length > 0 && parsed.partial === null
          ? answerer.answer({
              asks: plan.asks,
              words: parsed.words,
              askingWords: new Set(plan.askingWords),
              ranked: ranked.slice(0, 1).map((doc) => docs[doc] as SearchDoc),
            })
          : undefined;
      const correction = correctionOf(query, plan, ranked, hits);
      return {
        results: ranked.slice(0, limit).map((doc) => result(doc, hits, scores[doc] ?? 0, plan, exactDocs.has(doc))),
        facets: facets.count(found, keys),
        total: ranked.length,
        ...(answer ? { answer } : {}),
        ...(correction ? { correction } : {}),
      };
    },
  };
}
