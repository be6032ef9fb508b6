import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../build/compiler/compile';
import { readSearchFiles } from '../../../build/cli/read-search-files';
import type { SearchReply } from '../../../renderer/search-ui/search-protocol';
import { createSearchWorkerHandler } from '../../../renderer/search-ui/search-worker-handler';
import { fixtureSearchIndex } from './fixture-search-client';

describe('search worker handler', () => {
  it('loads the index once and answers searches with the engine, in order', async () => {
    const replies: SearchReply[] = [];
    const urls: string[] = [];
    const handle = createSearchWorkerHandler(
      async (url) => (urls.push(url), fixtureSearchIndex()),
      (m) => replies.push(m),
    );
    await Promise.all([handle({ type: 'load', indexUrl: 'u' }), handle({ type: 'load', indexUrl: 'u' })]);
    await handle({ type: 'search', id: 7, query: '2006/960', options: {} });
    expect(urls).toEqual(['u']);
    expect(replies.slice(0, 2)).toEqual([
      { type: 'ready', documents: fixtureSearchIndex().index.docs.length },
      { type: 'ready', documents: fixtureSearchIndex().index.docs.length },
    ]);
    const answer = replies[2];
    expect(answer?.type === 'results' && answer.id).toBe(7);
    expect(answer?.type === 'results' && answer.response.results[0]?.id).toBe('swedish-framework-decision-2006-960');
  });

  it('answers a search with a message when the index failed to load or was never asked for', async () => {
    const replies: SearchReply[] = [];
    const handle = createSearchWorkerHandler(
      () => Promise.reject(new Error('bundle/search-index.json: 404 Not Found')),
      (m) => replies.push(m),
    );
    await handle({ type: 'search', id: 1, query: 'x', options: {} });
    await handle({ type: 'load', indexUrl: 'u' });
    await handle({ type: 'search', id: 2, query: 'x', options: {} });
    expect(replies).toEqual([
      { type: 'search-failed', id: 1, message: 'the search index was not loaded' },
      { type: 'load-failed', message: 'bundle/search-index.json: 404 Not Found' },
      { type: 'search-failed', id: 2, message: 'bundle/search-index.json: 404 Not Found' },
    ]);
  });

  it("searches a local pack's index beside the official one, and leaves out one that fails to load", async () => {
    const out = mkdtempSync(join(tmpdir(), 'search-ui-local-'));
    buildContent('tests/fixtures/local-content', out);
    const local = readSearchFiles(join(out, 'search-index.json'));
    const replies: SearchReply[] = [];
    const handle = createSearchWorkerHandler(
      async (url) => {
        if (url === 'official') return fixtureSearchIndex();
        if (url === 'local') return local;
        throw new Error(`${url}: 404 Not Found`);
      },
      (m) => replies.push(m),
    );
    await handle({ type: 'load', indexUrl: 'official' });
    await handle({ type: 'add', indexUrl: 'local' });
    await handle({ type: 'add', indexUrl: 'missing' });
    await handle({ type: 'search', id: 1, query: 'SPOC', options: {} });
    const answer = replies.at(-1);
    if (answer?.type !== 'results') throw new Error(JSON.stringify(answer));
    const ids = answer.response.results.map((result) => result.id);
    expect(ids).toContain('national-spoc-procedure');
    expect(ids.some((id) => id !== 'national-spoc-procedure')).toBe(true);
  });
});
