import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSearchFiles } from '../../../build/cli/read-search-files';
import { evaluateRelevance, readRelevanceSet } from '../../../build/bench/search-relevance';
import { loadSearchEngine } from '../../../renderer/search/search-engine';

const BUNDLE = process.env.SEARCH_INDEX ?? 'dist/bundle/search-index.json';

describe('relevance on the built bundle', () => {
  it('answers the shared relevance set (hit@5 = 1, hit@1 >= 0.8)', () => {
    if (!existsSync(BUNDLE)) throw new Error(`No search index at ${BUNDLE}: run npm run content:build first (npm test builds it).`);
    const { index, passages } = readSearchFiles(BUNDLE);
    const engine = loadSearchEngine(index, passages);
    const report = evaluateRelevance(readRelevanceSet(), (q) => engine.search(q, { limit: 5 }).results.map((r) => r.doc));
    console.log(`relevance: hit@1 ${report.hitAt1.toFixed(2)}, hit@5 ${report.hitAt5.toFixed(2)} over ${report.cases.length} queries`);
    for (const c of report.cases) if (c.rank !== 1) console.log(`  rank ${c.rank ?? '-'}: ${c.q} -> ${c.top.join(', ')}`);
    expect(report.hitAt5).toBe(1);
    expect(report.hitAt1).toBeGreaterThanOrEqual(0.8);
  });
});
