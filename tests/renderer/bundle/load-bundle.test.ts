import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBundle } from '../../../renderer/bundle/load-bundle';
import { fixtureBundle } from '../fixture-content';

function serve(response: Response | Error) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (response instanceof Error) throw response;
      return response;
    }),
  );
}

describe('loadBundle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('returns the served bundle', async () => {
    serve(new Response(JSON.stringify(fixtureBundle())));
    const loaded = await loadBundle();
    expect(loaded.ok && loaded.bundle.documents.length).toBe(fixtureBundle().documents.length);
  });

  it('reads a bundle compiled before topics had titles as one with no topics, so none is shown by its id', async () => {
    const { topics, ...older } = fixtureBundle();
    expect(topics.length).toBeGreaterThan(0);
    serve(new Response(JSON.stringify({ ...older, compilerVersion: '1.0.0' })));
    const loaded = await loadBundle();
    expect(loaded.ok && loaded.bundle.topics).toEqual([]);
  });

  it.each([
    ['a missing file', new Response('', { status: 404, statusText: 'Not Found' }), 'bundle/bundle.json: 404 Not Found'],
    ['a network failure', new Error('connection refused'), 'bundle/bundle.json: connection refused'],
    ['text that is not JSON', new Response('{"format": 1,'), 'bundle/bundle.json: '],
    ['JSON that is not an object', new Response('[1, 2]'), 'does not hold a bundle'],
    [
      'a format 1 bundle (every body inside bundle.json)',
      new Response('{"format": 1, "documents": [], "terms": []}'),
      'bundle/bundle.json has format 1; this reader reads format 2',
    ],
    ['no format at all', new Response('{"documents": [], "terms": []}'), 'has format undefined'],
    ['no documents', new Response('{"format": 2, "terms": []}'), 'has no documents or terms'],
  ])('says why, without throwing, for %s', async (_, response, message) => {
    serve(response);
    const loaded = await loadBundle();
    expect(loaded.ok).toBe(false);
    expect(loaded.ok ? '' : loaded.message).toContain(message);
  });
});
