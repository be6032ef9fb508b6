import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBookmarkInvoke } from '../../../renderer/bookmarks/bookmark-invoke';
import { createIndexedDbBookmarkService } from '../../../renderer/bookmarks/indexeddb-bookmark-store';
import { describeBookmarkContract, type ContractSubject } from '../../electron/bookmarks/bookmark-contract-suite';

function subjectOver(factory: IDBFactory): ContractSubject {
  return {
    invoke: createBookmarkInvoke(createIndexedDbBookmarkService({ indexedDB: factory })),
    reopen: async () => subjectOver(factory),
  };
}

describeBookmarkContract('web edition over IndexedDB', async () => subjectOver(new IDBFactory()));

async function rawStore(factory: IDBFactory): Promise<IDBObjectStore> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open('polcoop-bookmarks', 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return db.transaction('bookmarks', 'readwrite').objectStore('bookmarks');
}

function put(store: IDBObjectStore, key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = store.put(value, key);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

function allEntries(store: IDBObjectStore): Promise<Map<string, unknown>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, unknown>();
    const request = store.openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(entries);
      entries.set(String(cursor.key), cursor.value);
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('IndexedDB bookmark store recovery', () => {
  it('restores the last good copy when the stored record is damaged, keeping the damaged one', async () => {
    const factory = new IDBFactory();
    const invoke = createBookmarkInvoke(createIndexedDbBookmarkService({ indexedDB: factory }));
    await invoke('bookmarks:add', { target: { documentId: 'one', kind: 'page' }, title: 'One' });
    await invoke('bookmarks:add', { target: { documentId: 'two', kind: 'page' }, title: 'Two' });
    await put(await rawStore(factory), 'document', '{"format":"polcoop-bookmarks","version":2,"folders":[],"bookm');

    const reopened = createBookmarkInvoke(createIndexedDbBookmarkService({ indexedDB: factory }));
    const state = await reopened('bookmarks:list', undefined);
    expect(state).toMatchObject({
      ok: true,
      value: {
        bookmarks: [{ title: 'One' }],
        notice: { message: expect.stringContaining('last good copy was restored') },
      },
    });
    const entries = await allEntries(await rawStore(factory));
    const moved = [...entries].find(([key]) => key.startsWith('unreadable-'));
    expect(moved?.[1]).toBe('{"format":"polcoop-bookmarks","version":2,"folders":[],"bookm');
  });
});
