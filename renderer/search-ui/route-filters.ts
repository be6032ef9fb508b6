import type { SearchFilters } from '../search/facets';
import { FACET_NAMES, type FacetName } from '../search/query-parser';

/** The facet filters of a search route (`#/search?q=…&type=Directive`); other parameters are ignored. */
export function routeFilters(filters: Readonly<Record<string, string>>): SearchFilters {
  const chosen: SearchFilters = {};
  for (const facet of FACET_NAMES) {
    const value = filters[facet];
    if (value) chosen[facet] = [value];
  }
  return chosen;
}

/** The route filters with one facet set to `value`, or removed when `value` is undefined. */
export function withFilter(
  filters: Readonly<Record<string, string>>,
  facet: FacetName,
  value: string | undefined,
): Record<string, string> {
  const next: Record<string, string> = {};
  for (const name of FACET_NAMES) {
    const kept = name === facet ? value : filters[name];
    if (kept) next[name] = kept;
  }
  return next;
}
