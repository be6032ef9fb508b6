import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchedBodies } from '../../../renderer/bundle/document-bodies';
import { fixtureBodyFiles, fixtureBundle } from '../fixture-content';

const documents = new Map(fixtureBundle().documents.map((d) => [d.id, d]));
const overview = documents.get('overview');
if (!overview) throw new Error('the fixture has an overview');

/** Serves the fixture's body files under `bundle/`, with `edit` applied to each, and counts the requests. */
function serveBodies(edit: (path: string, text: string) => string | undefined = (_, text) => text) {
  const files = fixtureBodyFiles();
  const fetched = vi.fn(async (url: string) => {
    const path = url.replace(/^bundle\//, '');
    const text = files.get(path);
    const served = text === undefined ? undefined : edit(path, text);
    return served === undefined ? new Response('gone', { status: 404, statusText: 'Not Found' }) : new Response(served);
  });
  vi.stubGlobal('fetch', fetched);
  return fetched;
}

describe('fetchedBodies', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches a body once, checks it against the catalogue, and keeps it for peek', async () => {
    const fetched = serveBodies();
    const bodies = fetchedBodies('bundle/');
    expect(bodies.peek('overview')).toBeUndefined();
    const [a, b] = await Promise.all([bodies.load(overview), bodies.load(overview)]);
    expect(a).toMatchObject({ ok: true, body: { id: 'overview', toc: [{ anchor: 'why' }, { anchor: 'how' }] } });
    expect(b).toEqual(a);
    expect(bodies.peek('overview')?.html).toContain('<h2 id="why">');
    await bodies.load(overview);
    expect(fetched).toHaveBeenCalledTimes(1);
    expect(fetched).toHaveBeenCalledWith('bundle/documents/overview.json');
  });

  it('names a missing file and tries again the next time', async () => {
    const fetched = serveBodies(() => undefined);
    const bodies = fetchedBodies('bundle/');
    expect(await bodies.load(overview)).toEqual({
      ok: false,
      problem: 'missing',
      file: 'bundle/documents/overview.json',
      detail: '404 Not Found',
    });
    expect(bodies.peek('overview')).toBeUndefined();
    await bodies.load(overview);
    expect(fetched).toHaveBeenCalledTimes(2);
  });

  it('refuses a file whose bytes are not the ones the catalogue names, even at the same size', async () => {
    serveBodies((_, text) => text.replace('Police', 'Polise'));
    const loaded = await fetchedBodies('bundle/').load(overview);
    expect(loaded).toMatchObject({ ok: false, problem: 'tampered', file: 'bundle/documents/overview.json' });
  });

  it('refuses a body of another format or of another document as unreadable', async () => {
    const other = documents.get('agencies');
    if (!other) throw new Error('the fixture has agencies');
    // A catalogue entry that names another document's body file: its hash holds, only the id inside tells.
    serveBodies();
    const loaded = await fetchedBodies('bundle/').load({ id: 'overview', body: other.body });
    expect(loaded).toMatchObject({ ok: false, problem: 'unreadable', detail: 'it does not hold the body of overview' });
  });
});
