import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndexFile } from '../../../content/model/search-index-schema';
import { buildContent } from '../../../build/compiler/compile';
import { loadSearchEngine } from '../../../renderer/search/search-engine';
import type { SearchEngine } from '../../../renderer/search/search-types';

let engine: SearchEngine;

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'search-fixture-'));
  buildContent('tests/fixtures/content/valid', out);
  engine = loadSearchEngine(JSON.parse(readFileSync(join(out, 'search-index.json'), 'utf8')) as SearchIndexFile);
});

const ids = (q: string, typing = false) => engine.search(q, { typing }).results.map((r) => r.id);

describe('search engine on the fixture bundle', () => {
  it('finds instruments by identifier in every spelling', () => {
    for (const q of ['2023/977', '32023L0977', '(EU) 2023/977', 'celex:32023L0977']) expect(ids(q)[0]).toBe('info-exchange-directive-2023-977');
    expect(ids('2006/960/JHA')[0]).toBe('swedish-framework-decision-2006-960');
  });
  it('puts an exact abbreviation first and expands glossary abbreviations both ways', () => {
    expect(ids('Swedish Initiative')[0]).toBe('swedish-framework-decision-2006-960');
    expect(ids('single point of contact')).toContain('info-exchange-directive-2023-977');
  });
  it('completes the last word while typing, tolerates typos and excludes', () => {
    expect(ids('swedi', true)).toContain('swedish-framework-decision-2006-960');
    expect(ids('exchnge').length).toBeGreaterThan(0);
    expect(ids('information -swedish')).not.toContain('swedish-framework-decision-2006-960');
  });
  it('filters and counts facets', () => {
    const response = engine.search('type:directive');
    expect(response.results.map((r) => r.id)).toEqual(['info-exchange-directive-2023-977']);
    const all = engine.search('information', { filters: { kind: ['instrument'] } });
    expect(all.results.every((r) => r.kind === 'instrument')).toBe(true);
    expect(all.facets.kind.find((f) => f.value === 'instrument')?.count).toBe(2);
  });
  it('marks matched words in the snippet', () => {
    const [first] = engine.search('SPOC requests').results.filter((r) => r.snippet.marks.length > 0);
    expect(first).toBeDefined();
    const [s, e] = first?.snippet.marks[0] ?? [0, 0];
    expect(first?.snippet.text.slice(s, e).toLowerCase()).toMatch(/spoc|request/);
  });
  it('answers hostile input with at most "no results"', () => {
    const hostile = ['', '   ', ':', '~', '*', '^', '+', '-', '"', '"unbalanced', '__proto__', 'constructor', '<script>alert(1)</script>', '\u0000\u0007', '🚓🚓', 'שלום עולם', 'a'.repeat(10_000), 'title:', 'foo~6', '*:*', '-foo'];
    for (const q of hostile) {
      const started = performance.now();
      const response = engine.search(q, { typing: true });
      expect(performance.now() - started).toBeLessThan(500);
      expect(Array.isArray(response.results)).toBe(true);
    }
    expect(engine.search('').results).toEqual([]);
    expect(engine.search('-information').results).toEqual([]);
  });
  it('never throws on random strings or operator soup (property-based)', () => {
    const operators = fc.array(fc.constantFrom(':', '~', '*', '^', '+', '-', '"', ' ', 'title', 'type', 'a', '2016/681', '\u0000', 'é'), { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), operators), fc.boolean(), (q, typing) => {
        const response = engine.search(q, { typing, limit: 5 });
        expect(response.results.length).toBeLessThanOrEqual(5);
        expect(response.total).toBeGreaterThanOrEqual(response.results.length);
      }),
      { numRuns: 500 },
    );
  });
});
