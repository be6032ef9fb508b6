import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as germanStemmer } from '@orama/stemmers/german';

const STEMMERS = [
  ['fr', frenchStemmer],
  ['de', germanStemmer],
] as const;
const cache = new Map<string, readonly string[]>();

/**
 * The French and German (Snowball) stems of a folded word as index terms, for the other-language names of documents:
 * "Fluggastdatensätze" and "Fluggastdatensätzen" meet at `de:fluggastdatensatz`, "poursuites" and "poursuite" at
 * `fr:poursuit`. The word's language is not known, so both run at index and at query time alike. The language prefix
 * keeps these terms apart from the English stems of the corpus, so an English query is not changed by them.
 */
export function foreignStems(word: string): readonly string[] {
  let stems = cache.get(word);
  if (stems === undefined) {
    stems = /\d/.test(word) ? [] : STEMMERS.map(([language, stem]) => `${language}:${stem(word)}`);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, stems);
  }
  return stems;
}
