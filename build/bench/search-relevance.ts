import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { identifierKeys } from '../../renderer/search/identifiers';
import type { SearchDoc } from '../../content/model/search-index-schema';

/** One relevance case: a query and the results that answer it. */
export interface RelevanceCase {
  q: string;
  expect: string[];
}

/** Default location of the shared relevance set, relative to the repository root. */
export const RELEVANCE_FILE = new URL('../../../shared/relevance/queries.yaml', import.meta.url);

/** Reads the relevance set (CELEX numbers and "term:<term or abbreviation>"). */
export function readRelevanceSet(path: string | URL = RELEVANCE_FILE): RelevanceCase[] {
  const raw = parse(readFileSync(path, 'utf8')) as { q: unknown; expect: unknown[] }[];
  return raw.map((c) => ({ q: String(c.q), expect: c.expect.map(String) }));
}

/** True when a document is what an expectation names: its CELEX, or a glossary term by term or abbreviation. */
export function isExpected(doc: Pick<SearchDoc, 'kind' | 'celex' | 'title' | 'abbreviations'> & { identifiers?: string[] }, expectation: string): boolean {
  if (expectation.startsWith('term:')) {
    const name = expectation.slice(5).toLowerCase();
    return doc.kind === 'term' && [doc.title, ...doc.abbreviations].some((n) => n.toLowerCase() === name);
  }
  // Some instruments carry their number but no CELEX in the content; 32006F0960 names 2006/960/JHA too.
  if (doc.celex === expectation) return true;
  const wanted = new Set(identifierKeys(expectation));
  return doc.kind === 'instrument' && (doc.identifiers ?? []).some((i) => identifierKeys(i).some((k) => wanted.has(k)));
}

/** Per-query outcome and the hit@1 / hit@5 rates of a search function over the relevance set. */
export interface RelevanceReport {
  hitAt1: number;
  hitAt5: number;
  cases: { q: string; rank: number | null; top: string[] }[];
}

/** Runs every case through `search` (which returns ranked documents) and scores it. */
export function evaluateRelevance(cases: RelevanceCase[], search: (q: string) => SearchDoc[]): RelevanceReport {
  const outcomes = cases.map((c) => {
    const ranked = search(c.q).slice(0, 5);
    const index = ranked.findIndex((doc) => c.expect.some((e) => isExpected(doc, e)));
    return { q: c.q, rank: index === -1 ? null : index + 1, top: ranked.map((d) => d.celex ?? `${d.kind}:${d.id}`) };
  });
  const rate = (k: number) => (cases.length === 0 ? 0 : outcomes.filter((o) => o.rank !== null && o.rank <= k).length / cases.length);
  return { hitAt1: rate(1), hitAt5: rate(5), cases: outcomes };
}
