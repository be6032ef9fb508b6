import { describe, expect, it } from 'vitest';
import type { Term } from '../../../content/model/bundle-schema';
import { filterTerms, termLetter } from '../../../renderer/views/glossary-filter';

const term = (id: string, name: string, definition: string, abbreviations: string[] = []): Term => ({
  id,
  term: name,
  abbreviations,
  definition,
  seeAlso: [],
  related: [],
  usedIn: [],
});
const terms = [
  term('prum', 'Prüm framework', 'Automated exchange of DNA, fingerprint and vehicle data.'),
  term('dna', 'DNA profile', 'A code read from a sample; exchanged under the Prüm Decisions.', ['DNA']),
  term('lodz', 'Łódź office', 'A made-up office for the test.'),
  term('europol', 'Europol', 'EU agency for law enforcement cooperation.'),
];
const ids = (filter: string) => filterTerms(terms, filter).map((t) => t.id);

describe('filterTerms', () => {
  it('filters "Prum", "PRÜM" and "prüm" alike, terms named by it before those defined with it', () => {
    expect(ids('Prum')).toEqual(['prum', 'dna']);
    expect(ids('PRÜM')).toEqual(ids('Prum'));
    expect(ids('prüm')).toEqual(ids('Prum'));
  });

  it('folds letters the way the search engine does and files them under their base letter', () => {
    expect(ids('LODZ')).toEqual(['lodz']);
    expect(termLetter(terms[2] as Term)).toBe('L');
    expect(termLetter(terms[0] as Term)).toBe('P');
  });

  it('lists every term for an empty filter and none when a word is missing', () => {
    expect(ids('')).toEqual(terms.map((t) => t.id));
    expect(ids('europol zzz')).toEqual([]);
  });
});
