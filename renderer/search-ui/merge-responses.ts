import type { FacetCounts } from '../search/facets';
import type { SearchResponse } from '../search/search-types';

const DEFAULT_LIMIT = 20;

function mergeFacets(all: readonly FacetCounts[]): FacetCounts {
  const [first, ...rest] = all;
  if (!first) throw new Error('no responses to merge');
  const merged = {} as FacetCounts;
  for (const facet of Object.keys(first) as (keyof FacetCounts)[]) {
    const counts = new Map<string, number>();
    for (const response of all)
      for (const { value, count } of response[facet] ?? []) counts.set(value, (counts.get(value) ?? 0) + count);
    // In the order first met (the official index's own order), with the local values after.
    merged[facet] = [...counts].map(([value, count]) => ({ value, count }));
  }
  return rest.length === 0 ? first : merged;
}

/**
 * One answer from the official index and the local packs' indexes: the ranked lists merged by score, each keeping
 * its own order (so the official ranking among official documents is unchanged; the official first on a tie), facet
 * counts and totals added up. Scores of separate indexes are close enough for a handful of local documents.
 */
export function mergeResponses(responses: readonly SearchResponse[], limit = DEFAULT_LIMIT): SearchResponse {
  const heads = responses.map(() => 0);
  const results: SearchResponse['results'] = [];
  while (results.length < Math.max(1, limit)) {
    let best = -1;
    responses.forEach((response, source) => {
      const candidate = response.results[heads[source] ?? 0];
      const leader = best < 0 ? undefined : responses[best]?.results[heads[best] ?? 0];
      if (candidate && (!leader || candidate.score > leader.score)) best = source;
    });
    const chosen = best < 0 ? undefined : responses[best]?.results[heads[best] ?? 0];
    if (!chosen) break;
    results.push(chosen);
    heads[best] = (heads[best] ?? 0) + 1;
  }
  return {
    results,
    facets: mergeFacets(responses.map((response) => response.facets)),
    total: responses.reduce((sum, response) => sum + response.total, 0),
  };
}
