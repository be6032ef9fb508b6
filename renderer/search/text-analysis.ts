import lunr from 'lunr';
import { foldedWords } from './fold';
import { foreignStems } from './foreign-stems';
import { STOP_WORDS } from './stop-words';

const stemCache = new Map<string, string>();

/** Stems one folded word with lunr's English (Porter) stemmer, cached because the corpus repeats words. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    // Digits and identifiers are not English words: the stemmer would turn "2016s" or "c-817" into noise.
    stem = /\d/.test(word) ? word : lunr.stemmer(new lunr.Token(word, {})).toString();
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/** True for words that carry no meaning in a search (see STOP_WORDS). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The index terms of a text: folded words, stop words dropped, stemmed. Used at build and query time alike. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of foldedWords(text)) if (!STOP_WORDS.has(word)) terms.push(stemWord(word));
  return terms;
}

/**
 * The index terms of names in French and German (official titles, glossary equivalents): each word's English
 * analysis as in indexTerms, plus its French and German stems, so a query in any of the three finds them.
 */
export function aliasTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of foldedWords(text)) {
    if (STOP_WORDS.has(word)) continue;
    terms.add(stemWord(word));
    for (const stem of foreignStems(word)) terms.add(stem);
  }
  return [...terms];
}
