import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApi } from '../../../common/contract/ipc-api';

describe('bookmarksApi', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it("uses the shell's store when the preload API is there", async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { folders: [], bookmarks: [], notice: null } }));
    const { bookmarksApi } = await import('../../../renderer/api/bookmarks-api');
    await bookmarksApi(buildApi(invoke))?.list();
    expect(invoke).toHaveBeenCalledWith('bookmarks:list', undefined);
  });

  it("uses the browser's IndexedDB behind the same contract checks when there is no shell", async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    const { bookmarksApi } = await import('../../../renderer/api/bookmarks-api');
    const api = bookmarksApi(undefined);
    expect(api).toBe(bookmarksApi(undefined));
    const added = await api?.add({ target: { documentId: 'overview', kind: 'page' }, title: 'Overview' });
    expect(added).toMatchObject({ ok: true, value: { title: 'Overview' } });
    expect(await api?.list()).toMatchObject({ ok: true, value: { bookmarks: [{ title: 'Overview' }] } });
    expect(await api?.add({ target: { documentId: 'x', kind: 'page' }, title: 'X', extra: 1 } as never)).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
  });

  it('has no store where there is neither', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { bookmarksApi } = await import('../../../renderer/api/bookmarks-api');
    expect(bookmarksApi(undefined)).toBeUndefined();
  });
});
