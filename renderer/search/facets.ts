import type { SearchDoc } from '../../content/model/search-index-schema';
import { foldText } from './fold';
import { FACET_NAMES, type FacetName } from './query-parser';

/** Filters by facet: a document passes when, for every facet given, one of its values is listed. */
export type SearchFilters = Partial<Record<FacetName, ReadonlyArray<string | number>>>;

/** Result counts per facet value for the current query. */
export type FacetCounts = Record<FacetName, { value: string; count: number }[]>;

/** Compares facet values loosely: "Framework Decision", "framework-decision" and "frameworkdecision" are one. */
function facetKey(value: string | number): string {
  return foldText(String(value)).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A document's values for one facet. */
function facetValues(doc: SearchDoc, facet: FacetName): string[] {
  switch (facet) {
    case 'kind':
      return [doc.kind];
    case 'type':
      return doc.type ? [doc.type] : [];
    case 'status':
      // The standing readers see on badges; the written status only where a document has no standing.
      return doc.standing ? [doc.standing.key] : doc.status ? [doc.status] : [];
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

/** Facet values and keys of every document, worked out once at load: a query may count thousands. */
export interface FacetTable {
  /** True when document number `doc` passes every filter except the one named by `except`. */
  passes(doc: number, keys: FilterKeys, except?: FacetName): boolean;
  /** Counts facet values over matching documents; each facet ignores its own filter, so choices stay visible. */
  count(docNumbers: Iterable<number>, keys: FilterKeys): FacetCounts;
}

/** One facet's values as numbers: document d holds ids[offsets[d]] to ids[offsets[d + 1]] of `names`. */
interface FacetColumn {
  names: string[];
  offsets: Int32Array;
  ids: Int32Array;
}

function facetColumn(docs: ReadonlyArray<SearchDoc>, facet: FacetName): FacetColumn {
  const names: string[] = [];
  const idOf = new Map<string, number>();
  const offsets = new Int32Array(docs.length + 1);
  const ids: number[] = [];
  docs.forEach((doc, d) => {
    for (const value of facetValues(doc, facet)) {
      let id = idOf.get(value);
      if (id === undefined) idOf.set(value, (id = names.push(value) - 1));
      ids.push(id);
    }
    offsets[d + 1] = ids.length;
  });
  return { names, offsets, ids: Int32Array.from(ids) };
}

/** Builds the facet table of a document list (document number = position). */
export function createFacetTable(docs: ReadonlyArray<SearchDoc>): FacetTable {
  const columns = FACET_NAMES.map((facet) => facetColumn(docs, facet));
  const keysOf = columns.map((column) => column.names.map(facetKey));
  const passes = (doc: number, keys: FilterKeys, except?: FacetName): boolean =>
    FACET_NAMES.every((facet, f) => {
      const wanted = keys[facet];
      if (!wanted || facet === except) return true;
      const { offsets, ids } = columns[f] as FacetColumn;
      for (let i = offsets[doc] ?? 0; i < (offsets[doc + 1] ?? 0); i++)
        if (wanted.has(keysOf[f]?.[ids[i] ?? 0] ?? '')) return true;
      return false;
    });
  return {
    passes,
    count(docNumbers, keys) {
      const filtered = FACET_NAMES.some((facet) => keys[facet]);
      const counts = {} as FacetCounts;
      FACET_NAMES.forEach((facet, f) => {
        const { names, offsets, ids } = columns[f] as FacetColumn;
        const tally = new Int32Array(names.length);
        for (const doc of docNumbers) {
          if (filtered && !passes(doc, keys, facet)) continue;
          for (let i = offsets[doc] ?? 0; i < (offsets[doc + 1] ?? 0); i++) {
            const id = ids[i] ?? 0;
            tally[id] = (tally[id] ?? 0) + 1;
          }
        }
        counts[facet] = names
          .map((value, id) => ({ value, count: tally[id] ?? 0 }))
          .filter((c) => c.count > 0)
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      });
      return counts;
    },
  };
}
