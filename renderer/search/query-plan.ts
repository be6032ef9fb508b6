import type { Asked } from '../../content/model/concept-schemas';
import type { ConceptTable } from './concept-table';
import { identifierKeys } from './identifiers';
import { ALL_FIELDS, type IndexField } from './index-fields';
import type { FacetName, ParsedQuery } from './query-parser';
import type { SynonymTable } from './synonyms';
import { foreignStems } from './foreign-stems';
import { isFiller } from './question-words';
import { isStopWord, stemWord } from './text-analysis';
import { allowedEdits, type Vocabulary } from './vocabulary';

/** Weight of a term found by completing the word being typed. */
const COMPLETION_BOOST = 0.7;
/** Weight of a spelling correction: below any exact match. */
const CORRECTION_BOOST = 0.5;
/** Weight of a one-word synonym (PNR for passenger name record) and of each word of a longer one. */
const SYNONYM_BOOST = 0.8;
const SYNONYM_WORD_BOOST = 0.35;
/** Weight of a word a question only wraps its subject in ("can", "still"): it may break ties, never decide. */
const FILLER_BOOST = 0.2;
/**
 * A word found in the index is corrected as well when it is this rare (passages holding it) and a near spelling is
 * RARE_RATIO times as frequent: "enforcment" in one passage beside "enforcement" in hundreds is a typo on both sides.
 */
const RARE_FREQUENCY = 2;
const RARE_RATIO = 25;
/**
 * A word found only as a French or German stem is corrected to an English term this many times as frequent: "scheng"
 * is the German stem of "Schengener" in a few names, and the start of "schengen" in hundreds of passages.
 */
const FOREIGN_RATIO = 5;
/** Shortest unknown word completed as a correction ("scheng" -> "schengen"): shorter ones complete to too much. */
const MIN_COMPLETED_CORRECTION = 5;

/** One thing the user asked for: a word with its alternative index terms (completions, corrections, synonyms). */
export interface Concept {
  /** Index term -> clause boost. */
  terms: Map<string, number>;
  fields: IndexField[];
  /** Phrase and field words must be found; plain words only raise the score. */
  required: boolean;
  /** Every term is a common one, left out of passage bodies: only names and headings can show it. */
  common: boolean;
  /** A word a question wraps its subject in: it never counts against a page that lacks it. */
  filler?: boolean;
  /** The typed word and the index term it was corrected to, when the word was misspelt. */
  correction?: { word: string; term: string };
}

/**
 * Most concepts a query keeps (coverage is a bit mask per passage); longer input is pasted text,
 * whose first words decide.
 */
const MAX_CONCEPTS = 24;

/** A parsed query resolved against the index: what to ask lunr and what to check afterwards. */
export interface QueryPlan {
  concepts: Concept[];
  /** Index terms whose documents are dropped. */
  excluded: string[];
  /** Folded words of each quoted phrase, to reward documents where they stand together. */
  phrases: string[][];
  identifierKeys: string[];
  filters: Partial<Record<FacetName, string[]>>;
  exactText: string;
  /** Documents the concepts the query names are about (content/concepts.yaml): the query's subject. */
  conceptDocuments: string[];
  /** The kinds of question the query's concepts ask, for a direct answer. */
  asks: Asked[];
  /** Positions (in the parsed words) of the words that ask the question ("deadline", "how long"). */
  askingWords: number[];
  /** The stem of each parsed word, or of its correction when it was misspelt: names and concepts are matched on these. */
  stems: string[];
}

/** Length of the prefix two strings share: typos fall at the start of a word less often than later. */
function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Index terms near a misspelt word, nearest first. Terms are stems, so the distance is measured on the word's stem, with
 * no more edits than a third of the stem; among terms as near, those that start as the word does come first (the stem
 * "init" of "initative" is one edit from "initi" and from "unit").
 */
function corrections(word: string, stem: string, vocabulary: Vocabulary): string[] {
  const most = Math.min(allowedEdits(word), Math.max(1, Math.floor(stem.length / 3)));
  const found: string[] = [];
  for (let edits = 1; edits <= most && found.length === 0; edits++) {
    const near = vocabulary.correct(stem, edits).filter((term) => term !== stem);
    found.push(...near.sort((a, b) => sharedPrefix(word, b) - sharedPrefix(word, a)));
  }
  // A word cut short ("scheng") is more edits from its end than allowed; its completions are near too.
  if (word.length >= MIN_COMPLETED_CORRECTION)
    for (const term of vocabulary.complete(stem)) if (term !== stem && !found.includes(term)) found.push(term);
  return found;
}

function wordConcept(word: string, vocabulary: Vocabulary, partial: boolean, tolerant: boolean): Concept | null {
  if (isStopWord(word) && !partial) return null;
  const stem = stemWord(word);
  const terms = new Map<string, number>();
  if (vocabulary.has(stem)) terms.set(stem, 1);
  // A French or German word meets the other-language names under its own language's stem.
  for (const foreign of foreignStems(word)) if (!terms.has(foreign) && vocabulary.has(foreign)) terms.set(foreign, 1);
  if (partial) {
    // Completing both the typed letters and their stem: lunr's wildcards skip the stemmer and miss "cooperatio".
    for (const term of [...vocabulary.complete(word), ...vocabulary.complete(stem)])
      if (!terms.has(term)) terms.set(term, COMPLETION_BOOST);
  }
  const concept: Concept = { terms, fields: ALL_FIELDS, required: false, common: false };
  if (!tolerant || /\d/.test(word)) return concept;
  const known = vocabulary.has(stem);
  // Matched only as a French or German stem ("scheng" of "Schengener"): a misspelt English word may hide there too.
  const frequency = known ? vocabulary.frequency(stem) : Math.max(0, ...[...terms.keys()].map(vocabulary.frequency));
  if (terms.size > 0 && ((known && frequency > RARE_FREQUENCY) || partial)) return concept;
  // Each word on its own: a misspelt word is corrected even when the words around it match exactly.
  const ratio = known ? RARE_RATIO : FOREIGN_RATIO;
  const near = corrections(word, stem, vocabulary).filter(
    (term) => terms.size === 0 || vocabulary.frequency(term) >= Math.max(1, frequency) * ratio,
  );
  for (const term of near) if (!terms.has(term)) terms.set(term, CORRECTION_BOOST);
  const best = near[0];
  if (best !== undefined && !partial) concept.correction = { word, term: best };
  return concept;
}

/** Resolves a parsed query against the vocabulary, the glossary's synonyms and the corpus's common terms. */
export function planQuery(
  parsed: ParsedQuery,
  index: { vocabulary: Vocabulary; synonyms: SynonymTable; concepts: ConceptTable; commonTerms: ReadonlySet<string> },
  tolerant = true,
): QueryPlan {
  const { vocabulary, synonyms, commonTerms } = index;
  const last = parsed.words.length - 1;
  const wordConcepts = parsed.words.map((word, i) => {
    const concept = wordConcept(word, vocabulary, parsed.partial !== null && i === last, tolerant);
    if (concept && parsed.question && isFiller(word)) {
      concept.filler = true;
      for (const term of concept.terms.keys()) concept.terms.set(term, FILLER_BOOST);
    }
    return concept;
  });
  const stems = parsed.words.map((word, i) => wordConcepts[i]?.correction?.term ?? stemWord(word));
  const conceptMatches = index.concepts.match(stems);
  for (const match of [...synonyms.expand(parsed.words), ...conceptMatches]) {
    const span = wordConcepts.slice(match.start, match.start + match.length).filter((c): c is Concept => c !== null);
    for (const concept of span) {
      // A word of a name the query uses ("take part", "how long") is meant, never filler.
      if (concept.filler) for (const term of concept.terms.keys()) concept.terms.set(term, 1);
      concept.filler = false;
    }
    for (const alternative of match.alternatives) {
      const terms = alternative
        .filter((w) => !isStopWord(w))
        .map(stemWord)
        .filter((t) => vocabulary.has(t));
      const boost = terms.length === 1 ? SYNONYM_BOOST : SYNONYM_WORD_BOOST;
      for (const concept of span)
        for (const term of terms) if (!concept.terms.has(term)) concept.terms.set(term, boost);
    }
  }
  const exactConcepts = (words: string[], fields: IndexField[]): Concept[] =>
    words
      .filter((w) => !isStopWord(w))
      .map((w) => ({ terms: new Map([[stemWord(w), 1]]), fields, required: true, common: false }));
  const concepts = [
    ...wordConcepts.filter((c): c is Concept => c !== null),
    ...parsed.phrases.flatMap((words) => exactConcepts(words, ALL_FIELDS)),
    ...parsed.fieldWords.flatMap(({ field, words }) => exactConcepts(words, [field])),
  ].slice(0, MAX_CONCEPTS);
  for (const concept of concepts) {
    const terms = [...concept.terms.keys()];
    concept.common = terms.length > 0 && concept.fields.includes('body') && terms.every((t) => commonTerms.has(t));
  }
  return {
    concepts,
    excluded: parsed.excluded
      .filter((w) => !isStopWord(w))
      .map(stemWord)
      .filter((t) => vocabulary.has(t)),
    phrases: parsed.phrases.filter((p) => p.length > 1),
    identifierKeys: [...new Set(parsed.identifiers.flatMap(identifierKeys))],
    filters: parsed.filters,
    exactText: parsed.exactText,
    conceptDocuments: [...new Set(conceptMatches.flatMap((m) => m.documents))],
    asks: [...new Set(conceptMatches.flatMap((m) => (m.asks ? [m.asks] : [])))],
    askingWords: conceptMatches.flatMap((m) => (m.asks ? Array.from({ length: m.length }, (_, i) => m.start + i) : [])),
    stems,
  };
}
