import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSearchFiles } from '../../../build/cli/read-search-files';
import { loadSearchEngine, type SearchEngine } from '../../../renderer/search/search-engine';

const BUNDLE = process.env.SEARCH_INDEX ?? 'dist/bundle/search-index.json';

describe('search across languages on the built bundle (issue 22)', () => {
  let engine: SearchEngine;
  const top = (query: string, n: number) => engine.search(query, { limit: n }).results.map((r) => r.id);
  beforeAll(() => {
    if (!existsSync(BUNDLE)) throw new Error(`No search index at ${BUNDLE}: run npm run content:build first.`);
    const { index, passages } = readSearchFiles(BUNDLE);
    engine = loadSearchEngine(index, passages);
  });

  it('finds the hot pursuit material (Art. 41 CISA) in the top 3 for the German and French names', () => {
    for (const query of ['Nacheile', 'poursuite transfrontalière']) {
      expect(top(query, 3), query).toContain('cisa-police-cooperation');
      expect(top(query, 3), query).toContain('hot-pursuit');
    }
  });

  it('meets inflected French and German forms through their stems', () => {
    expect(top('poursuites transfrontalières', 1)).toEqual(['hot-pursuit']);
    expect(top('Fluggastdatensätzen', 3)).toContain('pnr-directive-2016-681');
  });

  it('finds the PNR Directive first for "Fluggastdaten" and "Fluggastdatensätze"', () => {
    for (const query of ['Fluggastdaten', 'Fluggastdatensätze'])
      expect(top(query, 1), query).toEqual(['pnr-directive-2016-681']);
  });

  it('finds the Information Exchange Directive and the exchange model for "échange d\'informations"', () => {
    const found = top("échange d'informations", 5);
    expect(found).toContain('info-exchange-directive-2023-977');
    expect(found.slice(0, 3)).toContain('eixm-communication-2012');
  });

  it('leaves an English query unchanged by the other-language stems', () => {
    expect(top('hot pursuit', 3)).toEqual(expect.arrayContaining(['cisa-police-cooperation', 'hot-pursuit']));
  });
});
