import type { Term } from '../../content/model/bundle-schema';
import { foldedWords, foldText } from '../search/fold';

/** The letter a term is filed under in the A-Z index (folded as the search folds, digits under `#`). */
export function termLetter(term: Term): string {
  const first = foldText(term.term).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Terms whose name, abbreviations, expansion or definition contain every word of the filter, names first. */
export function filterTerms(terms: readonly Term[], filter: string): Term[] {
  const words = foldedWords(filter);
  if (words.length === 0) return [...terms];
  const names = (t: Term) => foldText([t.term, ...t.abbreviations, t.expansion ?? ''].join(' '));
  const matches = terms.filter((t) => {
    const text = `${names(t)} ${foldText(t.definition)}`;
    return words.every((w) => text.includes(w));
  });
  const inName = (t: Term) => words.every((w) => names(t).includes(w));
  return [...matches.filter(inName), ...matches.filter((t) => !inName(t))];
}
