import { describe, expect, it } from 'vitest';
import { createReaderBundle } from '../../../renderer/bundle/bundle-context';
import { matchPaletteItems, paletteItems } from '../../../renderer/search-ui/palette-items';
import { fixtureBodies, fixtureBundle } from '../fixture-content';
import { frenchLanguageFixture } from '../language-file-fixture';

const items = paletteItems(createReaderBundle(fixtureBundle(), fixtureBodies()));
const keys = (query: string) => matchPaletteItems(items, query).map((i) => i.key);

describe('palette items', () => {
  it('holds the commands, every document and every term, each with somewhere to go or something to do', () => {
    const fixture = fixtureBundle();
    expect(items).toHaveLength(8 + fixture.documents.length + fixture.terms.length);
    expect(items.every((i) => i.href !== undefined || typeof i.run === 'function')).toBe(true);
  });

  it('finds a task by the words officers type, and the deadline clock by "deadline"', () => {
    expect(keys('request information')[0]).toBe('doc:ask-for-information');
    expect(keys('deadline')[0]).toBe('cmd:clock');
  });

  it('finds documents by abbreviation, number and CELEX, ignoring case and diacritics', () => {
    for (const q of ['sfd', '2006/960', '32006F0960', 'SWEDISH framework'])
      expect(keys(q)[0]).toBe('doc:swedish-framework-decision-2006-960');
  });

  it('ranks an exact label first, then labels that start with the query (shorter first), then other names', () => {
    const named = keys('Swedish Initiative');
    expect(named[0]).toBe('term:swedish-initiative');
    expect(named).toContain('doc:swedish-framework-decision-2006-960');
    const found = keys('information exchange');
    expect(found.slice(0, 2)).toEqual(['doc:info-exchange-directive-2023-977', 'doc:information-exchange']);
    // An abbreviation typed in full is an exact name: the body called SPOC comes before the term "Single Point of Contact".
    expect(keys('spoc')[0]).toBe('doc:spoc-body');
    expect(keys('glossary')[0]).toBe('cmd:glossary');
  });

  it('offers only the commands for an empty query and nothing for words no item holds', () => {
    expect(keys('   ').every((k) => k.startsWith('cmd:'))).toBe(true);
    expect(keys('zzzzqqq')).toEqual([]);
  });

  it('answers to official titles, numbers and term equivalents in the interface language, as well as to English', () => {
    const french = paletteItems(createReaderBundle(fixtureBundle(), fixtureBodies()), true, frenchLanguageFixture());
    const found = (query: string) => matchPaletteItems(french, query).map((i) => i.key);
    expect(found('simplification de l’echange')[0]).toBe('doc:swedish-framework-decision-2006-960');
    expect(found('2006/960/JAI')[0]).toBe('doc:swedish-framework-decision-2006-960');
    expect(found('point de contact unique').slice(0, 2)).toEqual(['doc:spoc-body', 'term:spoc']);
    expect(found('PCU')).toEqual(['term:spoc']);
    expect(found('sfd')[0]).toBe('doc:swedish-framework-decision-2006-960');
    expect(french.find((i) => i.key === 'term:swedish-initiative')?.translated).toEqual({
      text: 'initiative suédoise',
      lang: 'fr',
    });
    // Without the file, the French words find nothing.
    expect(keys('2006/960/JAI')).toEqual([]);
    expect(keys('PCU')).toEqual([]);
  });
});
