import { identifierKeys } from './identifiers';
import { ALL_FIELDS, type IndexField } from './index-fields';
import type { FacetName, ParsedQuery } from './query-parser';
import type { SynonymTable } from './synonyms';
import { foreignStems } from './foreign-stems';
import { isStopWord, stemWord } from './text-analysis';
import { allowedEdits, type Vocabulary } from './vocabulary';

/** Weight of a term found by completing the word being typed. */
const COMPLETION_BOOST = 0.7;
/** Weight of a spelling correction: below any exact match. */
const CORRECTION_BOOST = 0.5;
/** Weight of a one-word synonym (PNR for passenger name record) and of each word of a longer one. */
const SYNONYM_BOOST = 0.8;
const SYNONYM_WORD_BOOST = 0.35;

/** One thing the user asked for: a word with its alternative index terms (completions, corrections, synonyms). */
export interface Concept {
  /** Index term -> clause boost. */
  terms: Map<string, number>;
  fields: IndexField[];
  /** Phrase and field words must be found; plain words only raise the score. */
  required: boolean;
  /** Every term is a common one, left out of passage bodies: only names and headings can show it. */
  common: boolean;
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
}

function wordConcept(word: string, vocabulary: Vocabulary, partial: boolean): Concept | null {
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
  if (terms.size === 0) {
    // Typo tolerance only where exact matching found nothing: corrections are noise next to a real match.
    const edits = allowedEdits(word);
    for (const term of [...vocabulary.correct(stem, edits), ...vocabulary.correct(word, edits)])
      if (!terms.has(term)) terms.set(term, CORRECTION_BOOST);
  }
  return { terms, fields: ALL_FIELDS, required: false, common: false };
}

/** Resolves a parsed query against the vocabulary, the glossary's synonyms and the corpus's common terms. */
export function planQuery(
  parsed: ParsedQuery,
  vocabulary: Vocabulary,
  synonyms: SynonymTable,
  commonTerms: ReadonlySet<string>,
): QueryPlan {
  const last = parsed.words.length - 1;
  const wordConcepts = parsed.words.map((word, i) =>
    wordConcept(word, vocabulary, parsed.partial !== null && i === last),
  );
  for (const match of synonyms.expand(parsed.words)) {
    const span = wordConcepts.slice(match.start, match.start + match.length).filter((c): c is Concept => c !== null);
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
  };
}
