import { describe, expect, it } from 'vitest';
import type { InstrumentDocument } from '../../../content/model/bundle-schema';
import { filterInstruments } from '../../../renderer/layout/instrument-filter';
import { foldText } from '../../../renderer/search/fold';
import { fixtureBundle } from '../fixture-content';

const template = fixtureBundle().documents.find((d): d is InstrumentDocument => d.kind === 'instrument');
if (!template) throw new Error('the fixture has no instrument');
const instrument = (id: string, shortName: string, title: string): InstrumentDocument => ({
  ...template,
  id,
  shortName,
  title,
  abbreviations: [],
  number: undefined,
  celex: undefined,
});
const instruments = [
  instrument('prum', 'Prüm Decision', 'Council Decision 2008/615/JHA on the stepping up of cross-border cooperation'),
  instrument('prum-ii', 'Prüm II Regulation', 'Regulation (EU) 2024/982 on the automated search and exchange of data'),
  instrument('lodz', 'Łódź Protocol', 'A protocol signed in Łódź'),
  instrument('strasse', 'Straße Agreement', 'An agreement named for a street'),
  instrument('pnr', 'PNR Directive', 'Directive (EU) 2016/681 on passenger name record data'),
];
const ids = (filter: string) => filterInstruments(instruments, filter).map((d) => d.id);

describe('filterInstruments', () => {
  it('filters "Prum", "PRÜM" and "prüm" alike', () => {
    expect(ids('Prum')).toEqual(['prum', 'prum-ii']);
    expect(ids('PRÜM')).toEqual(ids('Prum'));
    expect(ids('prüm')).toEqual(ids('Prum'));
  });

  it('folds letters the way the search engine does, beyond stripping accents', () => {
    // Unicode decomposition alone leaves "ł" and "ß" as they are; the search's fold maps them to "l" and "ss".
    expect(foldText('Łódź Straße')).toBe('lodz strasse');
    expect(ids('lodz')).toEqual(['lodz']);
    expect(ids('LÓDŹ')).toEqual(['lodz']);
    expect(ids('strasse')).toEqual(['strasse']);
  });

  it('needs every word typed, in any order, inside any name, and lists all for an empty filter', () => {
    expect(ids('ii prüm')).toEqual(['prum-ii']);
    expect(ids('2016/681')).toEqual(['pnr']);
    expect(ids('prum zzz')).toEqual([]);
    expect(ids('  ')).toEqual(instruments.map((d) => d.id));
  });

  it('also filters by the official title and number in the interface language', () => {
    const translations = {
      format: 1 as const,
      language: 'de' as const,
      instruments: {
        pnr: {
          title: 'Richtlinie (EU) 2016/681 über die Verwendung von Fluggastdatensätzen (PNR-Daten)',
          number: '(EU) 2016/681',
          source: { celex: '32016L0681' },
          checked: '2026-12-03',
        },
      },
      bodies: {},
      terms: {},
      countries: {},
    };
    expect(filterInstruments(instruments, 'Fluggastdatensätze', translations).map((d) => d.id)).toEqual(['pnr']);
    expect(ids('Fluggastdatensätze')).toEqual([]);
  });
});
