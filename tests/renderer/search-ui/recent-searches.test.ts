// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { readRecentSearches, recordRecentSearch } from '../../../renderer/search-ui/recent-searches';

describe('recent searches', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the newest eight, once each regardless of case and spacing', () => {
    for (let i = 1; i <= 10; i++) recordRecentSearch(`query ${i}`);
    recordRecentSearch('  QUERY   9 ');
    recordRecentSearch('   ');
    expect(readRecentSearches()).toEqual([
      'QUERY 9',
      'query 10',
      'query 8',
      'query 7',
      'query 6',
      'query 5',
      'query 4',
      'query 3',
    ]);
  });

  it('reads anything stored that is not a list of strings as empty', () => {
    localStorage.setItem('polcoop:recent-searches', '{"not":"a list"}');
    expect(readRecentSearches()).toEqual([]);
    localStorage.setItem('polcoop:recent-searches', 'not json');
    expect(readRecentSearches()).toEqual([]);
  });
});
