import type { SearchDoc } from '../../content/model/search-index-schema';
import { foldText } from './fold';
import { FACET_NAMES, type FacetName } from './query-parser';

/** Filters by facet: a document passes when, for every facet given, one of its values is listed. */
export type SearchFilters = Partial<Record<FacetName, ReadonlyArray<string | number>>>;

/** Result counts per facet value for the current query. */
export type FacetCounts = Record<FacetName, { value: string; count: number }[]>;

/** Compares facet values loosely: "Framework Decision", "framework-decision" and "frameworkdecision" are one. */
export function facetKey(value: string | number): string {
  return foldText(String(value)).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A document's values for one facet. */
export function facetValues(doc: SearchDoc, facet: FacetName): string[] {
  switch (facet) {
    case 'kind':
      return [doc.kind];
    case 'type':
      return doc.type ? [doc.type] : [];
    case 'status':
      return doc.status ? [doc.status] : [];
    case 'topic':
      return doc.topics;
    case 'year':
      return doc.year === undefined ? [] : [String(doc.year)];
  }
}

/** Filters as sets of facet keys, ready for matching. */
export type FilterKeys = Partial<Record<FacetName, Set<string>>>;

/** Merges filter lists into key sets; empty lists filter nothing. */
export function filterKeys(...sources: (SearchFilters | undefined)[]): FilterKeys {
  const keys: FilterKeys = {};
  for (const source of sources) {
    for (const facet of FACET_NAMES) {
      const values = source?.[facet];
      if (!Array.isArray(values) || values.length === 0) continue;
      const set = (keys[facet] ??= new Set());
      for (const v of values) if (typeof v === 'string' || typeof v === 'number') set.add(facetKey(v));
    }
  }
  return keys;
}

/** True when the document passes every filter except the one named by `except`. */
export function passesFilters(doc: SearchDoc, keys: FilterKeys, except?: FacetName): boolean {
  for (const facet of FACET_NAMES) {
    const wanted = keys[facet];
    if (!wanted || facet === except) continue;
    if (!facetValues(doc, facet).some((v) => wanted.has(facetKey(v)))) return false;
  }
  return true;
}

/** Counts facet values over the matching documents; each facet ignores its own filter, so choices stay visible. */
export function countFacets(docs: SearchDoc[], keys: FilterKeys): FacetCounts {
  const counts = {} as FacetCounts;
  for (const facet of FACET_NAMES) {
    const tally = new Map<string, number>();
    for (const doc of docs) {
      if (!passesFilters(doc, keys, facet)) continue;
      for (const value of facetValues(doc, facet)) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
    counts[facet] = [...tally].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return counts;
}
