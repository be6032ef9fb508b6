import lunr from 'lunr';
import type { CompactPosting } from './index-compaction';

/** How many completions of a prefix are queried while typing: the most frequent ones. */
const MAX_COMPLETIONS = 6;
/** How many near spellings of a mistyped word are queried. */
const MAX_CORRECTIONS = 4;

/** The index's terms, sorted, with document frequencies: completes prefixes and corrects typos without lunr wildcards. */
export interface Vocabulary {
  has(term: string): boolean;
  /** Number of passages holding the term in any field. */
  frequency(term: string): number;
  /** The most frequent terms starting with `prefix` (lunr's `prefix*` would expand to all of them). */
  complete(prefix: string): string[];
  /** The most frequent terms within `edits` edits of `word` (see allowedEdits). */
  correct(word: string, edits: number): string[];
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Longest word we try to correct. */
const MAX_CORRECTABLE_LENGTH = 24;

/** Edit distance allowed for a word of this length: none below 5 letters, 1 from 5, 2 from 9. */
export function allowedEdits(word: string): number {
  // No real word is this long; lunr's edit-distance automaton grows with the word and would hang.
  if (word.length > MAX_CORRECTABLE_LENGTH) return 0;
  if (word.length >= 9) return 2;
  return word.length >= 5 ? 1 : 0;
}

/** Wraps the terms of a lunr index loaded from compactLunrJson output. */
export function createVocabulary(index: lunr.Index): Vocabulary {
  const inverted = (index as unknown as { invertedIndex: Record<string, CompactPosting> }).invertedIndex;
  const terms = Object.keys(inverted).sort();
  const shortPrefixes = new Map<string, string[]>();
  const frequency = (term: string): number => (Object.hasOwn(inverted, term) ? Number(inverted[term]?._df) || 0 : 0);
  const byFrequency = (list: string[], max: number) =>
    list
      .map((term) => ({ term, df: frequency(term) }))
      .sort((a, b) => b.df - a.df || a.term.localeCompare(b.term))
      .slice(0, max)
      .map((x) => x.term);
  return {
    has: (term) => Object.hasOwn(inverted, term),
    frequency,
    complete(prefix) {
      if (!prefix) return [];
      const cached = shortPrefixes.get(prefix);
      if (cached) return cached;
      const candidates: string[] = [];
      for (let i = lowerBound(terms, prefix); i < terms.length; i++) {
        const term = terms[i] ?? '';
        if (!term.startsWith(prefix)) break;
        candidates.push(term);
      }
      const best = byFrequency(candidates, MAX_COMPLETIONS);
      // Short prefixes span thousands of terms: remember their answer, every keystroke asks again.
      if (prefix.length <= 3) shortPrefixes.set(prefix, best);
      return best;
    },
    correct(word, edits) {
      if (edits <= 0 || !word) return [];
      // Edit-distance automata over lunr's own term set (typed as private in @types/lunr).
      const tokenSet = (index as unknown as { tokenSet: lunr.TokenSet }).tokenSet;
      const fuzzy = (
        lunr.TokenSet as unknown as { fromFuzzyString(s: string, d: number): lunr.TokenSet }
      ).fromFuzzyString(word, edits);
      const found: string[] = tokenSet.intersect(fuzzy).toArray();
      return byFrequency(
        found.filter((t) => t !== word),
        MAX_CORRECTIONS,
      );
    },
  };
}
