import { describe, expect, it } from 'vitest';
import { createSearchClient, SEARCH_MARKS, type SearchPort } from '../../../renderer/search-ui/search-client';
import type { SearchReply, SearchRequest } from '../../../renderer/search-ui/search-protocol';
import type { SearchResponse } from '../../../renderer/search/search-types';

function fakePort() {
  const sent: SearchRequest[] = [];
  let listener: (message: SearchReply) => void = () => undefined;
  const port: SearchPort = { postMessage: (m) => sent.push(m), onReply: (l) => (listener = l) };
  return { port, sent, reply: (m: SearchReply) => listener(m) };
}

const response = (total: number): SearchResponse => ({
  results: [],
  facets: { kind: [], type: [], status: [], topic: [], year: [] },
  total,
});
const searches = (sent: SearchRequest[]) => sent.filter((m) => m.type === 'search');

describe('search client', () => {
  it('asks the worker to load the index at the given URL and reports readiness', async () => {
    const { port, sent, reply } = fakePort();
    const client = createSearchClient(port, 'app://polcoop/bundle/search-index.json');
    expect(sent).toEqual([{ type: 'load', indexUrl: 'app://polcoop/bundle/search-index.json' }]);
    reply({ type: 'ready', documents: 12 });
    await expect(client.ready).resolves.toEqual({ ok: true, documents: 12 });
    expect(performance.getEntriesByName(SEARCH_MARKS.ready).length).toBeGreaterThan(0);
  });

  it('reports a failed load as a value', async () => {
    const { port, reply } = fakePort();
    const client = createSearchClient(port, 'x');
    reply({ type: 'load-failed', message: 'bundle/search-index.json: 404 Not Found' });
    await expect(client.ready).resolves.toEqual({ ok: false, message: 'bundle/search-index.json: 404 Not Found' });
  });

  it('keeps one search per channel in the worker and sends only the newest waiting one next', async () => {
    const { port, sent, reply } = fakePort();
    const client = createSearchClient(port, 'x');
    const first = client.search('box', 's');
    const second = client.search('box', 'sw');
    const third = client.search('box', 'swe');
    expect(searches(sent).map((m) => m.query)).toEqual(['s']);
    // The middle one was overtaken before it was ever sent.
    await expect(second).resolves.toBeNull();
    const [sentFirst] = searches(sent);
    reply({ type: 'results', id: sentFirst?.type === 'search' ? sentFirst.id : -1, response: response(1) });
    // The first answer is stale: a newer search was asked for on the same channel.
    await expect(first).resolves.toBeNull();
    expect(searches(sent).map((m) => m.query)).toEqual(['s', 'swe']);
    const last = searches(sent)[1];
    reply({ type: 'results', id: last?.type === 'search' ? last.id : -1, response: response(3) });
    await expect(third).resolves.toEqual({ ok: true, response: response(3) });
  });

  it('joins the same search asked again while it is pending, and sends it once', async () => {
    const { port, sent, reply } = fakePort();
    const client = createSearchClient(port, 'x');
    const early = client.search('box', 'prum', { typing: true });
    const again = client.search('box', 'prum', { typing: true });
    const otherOptions = client.search('box', 'prum', { typing: false });
    expect(searches(sent).map((m) => m.type === 'search' && m.options)).toEqual([{ typing: true }]);
    const [sentFirst] = searches(sent);
    reply({ type: 'results', id: sentFirst?.type === 'search' ? sentFirst.id : -1, response: response(2) });
    // Both askers of the overtaken search learn it is stale; the different options are sent next.
    await expect(early).resolves.toBeNull();
    await expect(again).resolves.toBeNull();
    const next = searches(sent)[1];
    const joinedLate = client.search('box', 'prum', { typing: false });
    reply({ type: 'results', id: next?.type === 'search' ? next.id : -1, response: response(4) });
    await expect(otherOptions).resolves.toEqual({ ok: true, response: response(4) });
    await expect(joinedLate).resolves.toEqual({ ok: true, response: response(4) });
    expect(searches(sent)).toHaveLength(2);
  });

  it('runs channels independently and ignores answers to unknown requests', async () => {
    const { port, sent, reply } = fakePort();
    const client = createSearchClient(port, 'x');
    const box = client.search('box', 'prum', { typing: true, limit: 8 });
    const view = client.search('results', 'prum', { limit: 50 });
    expect(searches(sent).map((m) => m.type === 'search' && m.options)).toEqual([
      { typing: true, limit: 8 },
      { limit: 50 },
    ]);
    const [a, b] = searches(sent).map((m) => (m.type === 'search' ? m.id : -1));
    reply({ type: 'results', id: 999, response: response(9) });
    reply({ type: 'search-failed', id: b ?? -1, message: 'broken' });
    reply({ type: 'results', id: a ?? -1, response: response(2) });
    await expect(box).resolves.toEqual({ ok: true, response: response(2) });
    await expect(view).resolves.toEqual({ ok: false, message: 'broken' });
  });
});
