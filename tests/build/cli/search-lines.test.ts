import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../renderer/search/search-types';
import { searchLines } from '../../../build/cli/search-lines';
import { frenchLanguageFixture } from '../../renderer/language-file-fixture';

const result = {
  kind: 'instrument',
  id: 'swedish-framework-decision-2006-960',
  title: 'Council Framework Decision 2006/960/JHA',
  shortName: 'Swedish Framework Decision',
  celex: '32006F0960',
  standing: { key: 'repeal-pending', date: '2024-12-12' },
  headingPath: ['Time limits'],
  anchor: 'time-limits',
  score: 3,
  snippet: { text: 'urgent requests within 8 hours', marks: [[0, 6]] },
} as unknown as SearchResult;

const plain = ['[', ']'] as const;

describe('npm run -s search: the printed results', () => {
  it('reads in English by default words: kind, standing with its date, the count', () => {
    expect(searchLines([result], 12, 'urgent', { language: 'en', translations: null, mark: plain })).toEqual([
      '1. [Instrument] Swedish Framework Decision  (32006F0960 · In force, repeal pending · 12 December 2024 · Time limits)  swedish-framework-decision-2006-960#time-limits',
      '   [urgent] requests within 8 hours',
      '12 results for “urgent”',
    ]);
  });

  it('reads in French with the official French title under the name', () => {
    const lines = searchLines([result], 1, 'urgence', {
      language: 'fr',
      translations: frenchLanguageFixture(),
      mark: plain,
    });
    expect(lines[0]).toContain('[Acte] Swedish Framework Decision  (32006F0960 · ');
    expect(lines[0]).toContain('12 décembre 2024');
    expect(lines[1]).toMatch(/^ {3}Décision-cadre 2006\/960\/JAI du Conseil/);
    expect(lines.at(-1)).toBe('1 résultat pour «\u00a0urgence\u00a0»');
  });

  it('says in German that nothing was found', () => {
    expect(searchLines([], 0, 'xyz', { language: 'de', translations: null, mark: plain })).toEqual([
      'Keine Treffer für „xyz“.',
    ]);
  });
});
