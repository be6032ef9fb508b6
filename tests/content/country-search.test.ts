import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../build/compiler/compile';
import { SEARCH_INDEX_FILE, SEARCH_PASSAGES_FILE } from '../../content/model/formats';
import type { SearchIndexFile, SearchPassagesFile } from '../../content/model/search-index-schema';
import { loadSearchEngine } from '../../renderer/search/search-engine';

const { files } = compileContent(join(process.cwd(), 'content'));
const engine = loadSearchEngine(
  JSON.parse(files.get(SEARCH_INDEX_FILE) ?? '') as SearchIndexFile,
  JSON.parse(files.get(SEARCH_PASSAGES_FILE) ?? '') as SearchPassagesFile,
);
const ids = (query: string, limit = 5) => engine.search(query, { limit }).results.map((r) => r.id);

describe('searching the country profiles', () => {
  it.each([
    ['Nederland', 'netherlands'],
    ['NL', 'netherlands'],
    ['Netherlands', 'netherlands'],
    ['Deutschland', 'germany'],
    ['Polska', 'poland'],
    ['Ελλάδα', 'greece'],
    ['EL', 'greece'],
    ['Österreich', 'austria'],
    ['Suisse', 'switzerland'],
  ])('finds the profile first for its name in its own language or its code: %s', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it('puts Denmark within the top three for "hot pursuit Denmark"', () => {
    expect(ids('hot pursuit Denmark', 3)).toContain('denmark');
  });

  it('leads a question about one border to that border on the profile', () => {
    const results = engine.search('hot pursuit Germany Denmark border', { limit: 5 }).results;
    expect(results.some((r) => (r.id === 'denmark' && r.anchor === 'border-germany') || (r.id === 'germany' && r.anchor === 'border-denmark') || r.id === 'denmark')).toBe(true);
  });

  it('filters results to country profiles by kind, and counts them by group', () => {
    const response = engine.search('kind:country', { limit: 50 });
    expect(response.total).toBe(32);
    expect(response.facets.type).toEqual([
      { value: 'member-state', count: 27 },
      { value: 'schengen-associated', count: 4 },
      { value: 'third-country', count: 1 },
    ]);
  });
});
