import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { identifierKeys } from '../../renderer/search/identifiers';
import type { SearchDoc } from '../../content/model/search-index-schema';

/** One relevance case: a query and the results that answer it. */
export interface RelevanceCase {
  q: string;
  expect: string[];
}

/** A named relevance set and the file that holds it. */
export interface RelevanceSet {
  name: 'keywords' | 'questions' | 'languages';
  file: URL;
}

/** The repository's relevance sets: keyword queries, officer questions typed as whole sentences, and queries in French and German. */
export const RELEVANCE_SETS: readonly RelevanceSet[] = [
  { name: 'keywords', file: new URL('../../tests/relevance/queries.yaml', import.meta.url) },
  { name: 'questions', file: new URL('../../tests/relevance/questions.yaml', import.meta.url) },
  { name: 'languages', file: new URL('../../tests/relevance/languages.yaml', import.meta.url) },
];

// YAML reads a bare CELEX such as 32008D0615 as a string, but a purely numeric one would come back as a number.
const expectationSchema = z
  .union([z.string(), z.number()])
  .transform(String)
  .refine((e) => !e.includes(':') || /^(id|term):.+/.test(e), {
    message: 'expected a CELEX number, "id:<document id>" or "term:<name>"',
  });
const relevanceFileSchema = z.array(
  z.strictObject({ q: z.string().min(1), expect: z.array(expectationSchema).min(1) }),
);

/** Reads a relevance set: each expectation is a CELEX number, "id:<document id>" or "term:<term or abbreviation>". */
export function readRelevanceSet(file: URL | string): RelevanceCase[] {
  const parsed = relevanceFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = typeof file === 'string' ? file : fileURLToPath(file);
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a relevance set'}`);
  }
  return parsed.data;
}

/** True when a document is what an expectation names: its id, its CELEX, or a glossary term by term or abbreviation. */
export function isExpected(
  doc: Pick<SearchDoc, 'id' | 'kind' | 'celex' | 'title' | 'abbreviations'> & { identifiers?: string[] },
  expectation: string,
): boolean {
  if (expectation.startsWith('id:')) return doc.id === expectation.slice(3);
  if (expectation.startsWith('term:')) {
    const name = expectation.slice(5).toLowerCase();
    return doc.kind === 'term' && [doc.title, ...doc.abbreviations].some((n) => n.toLowerCase() === name);
  }
  // Some instruments carry their number but no CELEX in the content; 32006F0960 names 2006/960/JHA too.
  if (doc.celex === expectation) return true;
  const wanted = new Set(identifierKeys(expectation));
  return doc.kind === 'instrument' && (doc.identifiers ?? []).some((i) => identifierKeys(i).some((k) => wanted.has(k)));
}

/** Per-query outcome and the hit@1 / hit@5 rates of a search function over a relevance set. */
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
    return { q: c.q, rank: index === -1 ? null : index + 1, top: ranked.map((d) => `${d.kind}:${d.id}`) };
  });
  const rate = (k: number) =>
    cases.length === 0 ? 0 : outcomes.filter((o) => o.rank !== null && o.rank <= k).length / cases.length;
  return { hitAt1: rate(1), hitAt5: rate(5), cases: outcomes };
}
