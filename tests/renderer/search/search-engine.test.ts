import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDoc, SearchFiles } from '../../../content/model/search-index-schema';
import { readSearchFiles } from '../../../build/cli/read-search-files';
import { buildContent } from '../../../build/compiler/compile';
import { buildSearchIndex } from '../../../renderer/search/build-index';
import { loadSearchEngine } from '../../../renderer/search/search-engine';
import type { SearchEngine } from '../../../renderer/search/search-types';

let engine: SearchEngine;
let files: SearchFiles;

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'search-fixture-'));
  buildContent('tests/fixtures/content/valid', out);
  files = readSearchFiles(join(out, 'search-index.json'));
  engine = loadSearchEngine(files.index, files.passages);
});

const ids = (q: string, typing = false) => engine.search(q, { typing }).results.map((r) => r.id);

describe('search engine on the fixture bundle', () => {
  it('finds instruments by identifier in every spelling', () => {
    for (const q of ['2023/977', '32023L0977', '(EU) 2023/977', 'celex:32023L0977'])
      expect(ids(q)[0]).toBe('info-exchange-directive-2023-977');
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
    const hostile = [
      '',
      '   ',
      ':',
      '~',
      '*',
      '^',
      '+',
      '-',
      '"',
      '"unbalanced',
      '__proto__',
      'constructor',
      '<script>alert(1)</script>',
      '\u0000\u0007',
      '🚓🚓',
      'שלום עולם',
      'a'.repeat(10_000),
      'title:',
      'foo~6',
      '*:*',
      '-foo',
    ];
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
    const operators = fc
      .array(fc.constantFrom(':', '~', '*', '^', '+', '-', '"', ' ', 'title', 'type', 'a', '2016/681', '\u0000', 'é'), {
        maxLength: 30,
      })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), operators),
        fc.boolean(),
        (q, typing) => {
          const response = engine.search(q, { typing, limit: 5 });
          expect(response.results.length).toBeLessThanOrEqual(5);
          expect(response.total).toBeGreaterThanOrEqual(response.results.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('search engine ranking rules on a small corpus', () => {
  const doc = (id: string, kind: SearchDoc['kind'], title: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
    id,
    kind,
    title,
    shortName: title,
    abbreviations: [],
    identifiers: [],
    topics: [],
    ...extra,
  });
  const docs = [
    doc('prum', 'instrument', 'Prüm Decision', { status: 'in-force' }),
    doc('pnr', 'instrument', 'PNR Directive', { status: 'in-force' }),
    doc('dna-term', 'term', 'Deoxyribonucleic acid', { abbreviations: ['DNA'], related: ['prum'] }),
    doc('member-page', 'page', 'Member states'),
  ];
  const passages = [
    {
      doc: 'prum',
      anchor: '',
      headingPath: [],
      text: 'Member states open their DNA analysis files for automated searching.',
    },
    { doc: 'pnr', anchor: '', headingPath: [], text: 'Member states keep passenger data for five years.' },
    { doc: 'dna-term', anchor: '', headingPath: [], text: 'DNA: the molecule of heredity; DNA profiles compare DNA.' },
    { doc: 'member-page', anchor: '', headingPath: [], text: 'Member states and their contact points.' },
  ];
  const { index: file, passages: texts } = buildSearchIndex(docs, passages, [['DNA', 'Deoxyribonucleic acid']]);
  const small = loadSearchEngine(file, texts);
  const found = (q: string) => small.search(q).results.map((r) => r.id);

  it("passes a glossary entry's exact name on to the instruments it relates to", () => {
    expect(found('DNA')[0]).toBe('prum');
    expect(found('DNA')).toContain('dna-term');
  });

  it('keeps only documents with all the words when there are any, else any word', () => {
    expect(found('passenger data')).toEqual(['pnr']);
    expect(new Set(found('passenger heredity'))).toEqual(new Set(['pnr', 'dna-term']));
  });

  it('quotes snippets and checks phrases from the passage texts file, not from the index', () => {
    expect(texts.texts).toEqual(passages.map((p) => p.text));
    expect(JSON.stringify(file)).not.toContain('five years');
    expect(small.search('passenger').results[0]?.snippet.text).toBe(
      'Member states keep passenger data for five years.',
    );
    const shouting = loadSearchEngine(file, { ...texts, texts: texts.texts.map((t) => t.toUpperCase()) });
    expect(shouting.search('passenger').results[0]?.snippet.text).toBe(
      'MEMBER STATES KEEP PASSENGER DATA FOR FIVE YEARS.',
    );
    expect(small.search('"passenger data"').results[0]?.score).toBeGreaterThan(
      small.search('"data passenger"').results[0]?.score ?? Infinity,
    );
  });

  it('refuses passage texts that do not belong to the index', () => {
    expect(() => loadSearchEngine(file, { ...texts, texts: texts.texts.slice(1) })).toThrow(
      'search-passages.json does not belong to search-index.json: format 4 with 3 texts, index format 4 with 4 passages',
    );
    expect(() => loadSearchEngine(file, { ...texts, format: 2 } as unknown as typeof texts)).toThrow(
      /format 2 with 4 texts/,
    );
  });

  it('leaves words most passages hold out of bodies but still finds them in titles', () => {
    expect(file.commonTerms).toContain('member');
    expect(found('member')).toEqual(['member-page']);
  });
});

describe('where a result leads', () => {
  const doc = (id: string, title: string): SearchDoc => ({
    id,
    kind: 'instrument',
    title,
    shortName: title,
    abbreviations: [],
    identifiers: [],
    topics: [],
    status: 'repealed',
  });
  const docs = [doc('cisa', 'Schengen Convention'), doc('sfd', 'Swedish Framework Decision')];
  const passages = [
    {
      doc: 'cisa',
      anchor: 'purpose',
      headingPath: ['Purpose'],
      text: 'The treaty that made the abolition of internal border checks workable.',
    },
    {
      doc: 'cisa',
      anchor: 'hot-pursuit',
      headingPath: ['Hot pursuit'],
      text: 'Officers may continue a pursuit across the border without prior authorisation.',
    },
    { doc: 'sfd', anchor: '', headingPath: [], text: 'Known as the Swedish Initiative.' },
    {
      doc: 'sfd',
      anchor: 'time-limits',
      headingPath: ['Time limits'],
      text: 'Urgent requests are answered within eight hours.',
    },
  ];
  const { index, passages: texts } = buildSearchIndex(docs, passages, []);
  const engine = loadSearchEngine(index, texts);
  const lead = (q: string) => engine.search(q).results.map((r) => `${r.id}#${r.anchor}`)[0];

  it('opens at the heading of a passage found deeper in the text', () => {
    expect(lead('pursuit across the border')).toBe('cisa#hot-pursuit');
    expect(lead('eight hours')).toBe('sfd#time-limits');
  });

  it('opens at the top a document found where it starts, even under its first heading', () => {
    expect(lead('abolition of internal border checks')).toBe('cisa#');
    expect(engine.search('abolition').results[0]?.headingPath).toEqual(['Purpose']);
  });

  it('opens at the top a document the query names, wherever its words also stand', () => {
    expect(lead('Swedish Framework Decision')).toBe('sfd#');
    expect(lead('Schengen Convention')).toBe('cisa#');
  });
});
