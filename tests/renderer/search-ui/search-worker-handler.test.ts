import { describe, expect, it } from 'vitest';
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
});
