import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isExpected, readRelevanceSet, RELEVANCE_SETS } from '../../build/bench/search-relevance';
import { compileContent } from '../../build/compiler/compile';
import { SEARCH_INDEX_FILE, SEARCH_PASSAGES_FILE } from '../../content/model/formats';
import type { SearchIndexFile, SearchPassagesFile } from '../../content/model/search-index-schema';
import { loadSearchEngine } from '../../renderer/search/search-engine';
import { bundleSchema, type Document, type Relations } from '../../content/model/bundle-schema';

const { files, stats } = compileContent(join(process.cwd(), 'content'));
const bundle = bundleSchema.parse(JSON.parse(files.get('bundle.json') ?? ''));
const byId = new Map(bundle.documents.map((d) => [d.id, d]));
const searchDocs = (JSON.parse(files.get(SEARCH_INDEX_FILE) ?? '') as SearchIndexFile).docs;

const INVERSE: [keyof Relations, keyof Relations][] = [
  ['amends', 'amendedBy'],
  ['repeals', 'repealedBy'],
  ['replaces', 'replacedBy'],
  ['establishes', 'establishedBy'],
  ['related', 'related'],
];

describe('the reference content', () => {
  it('has the size the product promises', () => {
    expect(stats.sections).toBeGreaterThanOrEqual(8);
    expect(stats.instruments).toBeGreaterThanOrEqual(40);
    expect(stats.terms).toBeGreaterThanOrEqual(150);
    expect(byId.has('overview')).toBe(true);
    expect(byId.has('quick-reference')).toBe(true);
    for (const id of ['europol', 'cepol', 'eurojust', 'sirene', 'siena', 'piu-network', 'spoc']) expect(byId.get(id)?.kind).toBe('body');
  });

  it('makes every relation reciprocal', () => {
    const broken: string[] = [];
    for (const doc of bundle.documents) {
      for (const [forward, backward] of INVERSE) {
        for (const target of doc.relations[forward]) {
          if (!byId.get(target)?.relations[backward].includes(doc.id)) broken.push(`${doc.id} ${forward} ${target}, but ${target} lacks ${backward}`);
        }
        for (const source of doc.relations[backward]) {
          if (!byId.get(source)?.relations[forward].includes(doc.id)) broken.push(`${doc.id} ${backward} ${source}, but ${source} lacks ${forward}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('says on every repealed or annulled instrument what replaced or invalidated it', () => {
    const silent = bundle.documents.filter(
      (d): d is Extract<Document, { kind: 'instrument' }> =>
        d.kind === 'instrument' && d.status === 'repealed' && d.relations.repealedBy.length + d.relations.replacedBy.length === 0,
    );
    expect(silent.map((d) => d.id)).toEqual([]);
    const annulled = bundle.documents.filter((d) => d.kind === 'instrument' && d.status === 'annulled');
    for (const doc of annulled) expect(doc.kind === 'instrument' && doc.statusNote).toMatch(/invalid|annul/i);
  });

  it.each(RELEVANCE_SETS.map((set) => [set.name, set] as const))('holds every document the %s relevance set names', (_name, set) => {
    const missing = readRelevanceSet(set.file).flatMap((c) => c.expect.filter((e) => !searchDocs.some((doc) => isExpected(doc, e))));
    expect(missing).toEqual([]);
  });

  it('shows identifiers and dates on every legal act', () => {
    const acts = bundle.documents.filter((d) => d.kind === 'instrument' && !['Communication', 'Programme', 'Proposal'].includes(d.type));
    for (const act of acts) {
      if (act.kind !== 'instrument') continue;
      expect(act.adopted, act.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(act.number ?? act.celex ?? act.ecli, `${act.id} has no identifier`).toBeTruthy();
    }
  });

  it('gives every document a checked date and at least one source', () => {
    const trailed = bundle.documents.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.checked) && d.sources.length >= 1 && d.sources.every((s) => s.title && (s.celex ?? s.eli ?? s.url)));
    expect(bundle.documents.length).toBeGreaterThanOrEqual(98);
    expect(trailed.map((d) => d.id)).toEqual(bundle.documents.map((d) => d.id));
  });

  it('shows each instrument where it stands on the content date, from its dates and relations', () => {
    const standing = (id: string) => (byId.get(id)?.kind === 'instrument' ? (byId.get(id) as Extract<Document, { kind: 'instrument' }>).standing : undefined);
    expect(bundle.contentDate).toBe('2026-12-03');
    expect(standing('eurodac-regulation-2024-1358')).toEqual({ key: 'in-force', date: '2026-06-12' });
    expect(standing('vis-le-access-decision-2008-633')).toEqual({ key: 'repeal-pending' });
    expect(standing('swedish-framework-decision-2006-960')?.key).toBe('repealed');
    const prum = byId.get('prum-decision-2008-615');
    expect(prum?.relations.replacedBy).toEqual(['prum-ii-regulation-2024-982']);
    expect(prum?.kind === 'instrument' && prum.effective?.['prum-ii-regulation-2024-982']?.pending).toMatch(/central router/);
  });

  it('finds what officers ask for first, with the standing search shows', () => {
    const engine = loadSearchEngine(JSON.parse(files.get(SEARCH_INDEX_FILE) ?? '') as SearchIndexFile, JSON.parse(files.get(SEARCH_PASSAGES_FILE) ?? '') as SearchPassagesFile);
    const top = (query: string, n: number) => engine.search(query, { limit: n }).results;
    expect(top('2024/1358', 1)[0]).toMatchObject({ id: 'eurodac-regulation-2024-1358', standing: { key: 'in-force', date: '2026-06-12' } });
    expect(top('2008/633', 1)[0]).toMatchObject({ id: 'vis-le-access-decision-2008-633', standing: { key: 'repeal-pending' } });
    expect(top('eaw 60 days', 1)[0]?.id).toBe('eaw-framework-decision-2002-584');
    expect(top('european investigation order 90 days', 1)[0]?.id).toBe('eio-directive-2014-41');
    expect(top('UK PNR', 3).map((r) => r.id)).toContain('eu-uk-tca-law-enforcement');
  });
});
