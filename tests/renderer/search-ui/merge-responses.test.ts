import { describe, expect, it } from 'vitest';
import type { SearchResponse, SearchResult } from '../../../renderer/search/search-types';
import { mergeResponses } from '../../../renderer/search-ui/merge-responses';

const result = (id: string, score: number) => ({ id, score }) as unknown as SearchResult;
const response = (results: SearchResult[], kinds: [string, number][]): SearchResponse =>
  ({
    results,
    total: results.length,
    facets: { kind: kinds.map(([value, count]) => ({ value, count })) },
  }) as unknown as SearchResponse;

describe('merging the official and the local search answers', () => {
  it('places local results by score, keeps the official order, adds up totals and facet counts', () => {
    // The official list is in the engine's own order, which is not strictly by score.
    const official = response(
      [result('a', 9), result('b', 10), result('c', 2)],
      [
        ['instrument', 2],
        ['page', 1],
      ],
    );
    const local = response([result('local-1', 5), result('local-2', 1)], [['page', 2]]);
    const merged = mergeResponses([official, local], 4);
    expect(merged.results.map((r) => r.id)).toEqual(['a', 'b', 'local-1', 'c']);
    expect(merged.total).toBe(5);
    expect(merged.facets).toEqual({
      kind: [
        { value: 'instrument', count: 2 },
        { value: 'page', count: 3 },
      ],
    });
  });

  it('puts the official result first on a tie', () => {
    const merged = mergeResponses([response([result('a', 3)], []), response([result('l', 3)], [])]);
    expect(merged.results.map((r) => r.id)).toEqual(['a', 'l']);
  });
});
