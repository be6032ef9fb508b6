import { describe, expect, it } from 'vitest';
import { routeFilters, withFilter } from '../../../renderer/search-ui/route-filters';

describe('route filters', () => {
  it('reads the facet parameters of a search route and ignores others', () => {
    expect(routeFilters({ type: 'Directive', year: '2016', page: '2', status: '' })).toEqual({
      type: ['Directive'],
      year: ['2016'],
    });
  });

  it('sets, replaces and removes one facet, keeping the others in facet order', () => {
    expect(withFilter({ year: '2016' }, 'kind', 'instrument')).toEqual({ kind: 'instrument', year: '2016' });
    expect(withFilter({ kind: 'term', year: '2016' }, 'kind', 'instrument')).toEqual({
      kind: 'instrument',
      year: '2016',
    });
    expect(withFilter({ kind: 'term', year: '2016', junk: 'x' }, 'year', undefined)).toEqual({ kind: 'term' });
  });
});
