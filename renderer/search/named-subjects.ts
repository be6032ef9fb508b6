import { isFiller } from './question-words';
import { isStopWord } from './text-analysis';

/** Longest stretch of words tried as a name. */
const MAX_NAME_WORDS = 8;
/** Shortest one-word name a stretch may match: two letters ("it", "de") are words as often as country codes. */
const MIN_SINGLE_NAME_LENGTH = 3;

/**
 * The documents that stretches of the query's words name (compared as stems, so a corrected word counts as its
 * correction), longest names first, each word used once: "does the swedish
 * initiative still apply" names the Swedish Framework Decision. The whole query is not a stretch (an exact name ranks
 * on its own), and one word names something only when it names more than a glossary entry: "data" or "travel" are
 * glossary entries and ordinary words; "Europol" is also a body.
 */
export function namedSubjects(
  words: readonly string[],
  stems: readonly string[],
  byStemmedName: ReadonlyMap<string, readonly number[]>,
  isGlossaryEntry: (doc: number) => boolean,
): number[] {
  const used = new Uint8Array(words.length);
  const found = new Set<number>();
  for (let length = Math.min(MAX_NAME_WORDS, words.length - 1); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const span = words.slice(start, start + length);
      if (span.every((w) => isStopWord(w) || isFiller(w))) continue;
      if (length === 1 && (span[0] ?? '').length < MIN_SINGLE_NAME_LENGTH) continue;
      if (used.subarray(start, start + length).some((u) => u === 1)) continue;
      const docs = byStemmedName.get(stems.slice(start, start + length).join(' '));
      if (!docs || (length === 1 && docs.every(isGlossaryEntry))) continue;
      used.fill(1, start, start + length);
      for (const doc of docs) found.add(doc);
    }
  }
  return [...found];
}
