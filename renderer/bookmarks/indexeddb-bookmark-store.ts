import { parseBookmarkJson, serializeBookmarkDocument } from '../../common/bookmarks/bookmark-json';
import { emptyBookmarkDocument } from '../../common/bookmarks/bookmark-migrations';
import type { BookmarkDocument, StoreNotice } from '../../common/bookmarks/bookmark-schema';
import {
  createBookmarkService,
  type BookmarkHandlers,
  type BookmarkPersistence,
  type ServiceOptions,
} from '../../common/bookmarks/bookmark-service';
import { openStore, requestResult, transactionDone } from './idb-request';

const STORE = 'bookmarks';
const DOCUMENT_KEY = 'document';
const LAST_GOOD_KEY = 'last-good';

/** Where the web edition keeps bookmarks; `indexedDB` and `databaseName` are replaceable for tests. */
export interface IndexedDbOptions {
  indexedDB?: IDBFactory;
  databaseName?: string;
}

function readText(text: unknown): { document: BookmarkDocument } | { problem: string } | null {
  if (text === undefined) return null;
  if (typeof text !== 'string') return { problem: 'the stored record is not text' };
  try {
    return { document: parseBookmarkJson(text) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/** The document as one JSON record in IndexedDB; each save keeps the previous record as the last good copy in the same transaction. */
function createIndexedDbPersistence(options: IndexedDbOptions = {}): BookmarkPersistence {
  const factory = options.indexedDB ?? indexedDB;
  const databaseName = options.databaseName ?? 'polcoop-bookmarks';
  let database: Promise<IDBDatabase> | null = null;
  const open = () => (database ??= openStore(factory, databaseName, STORE));

  return {
    async load() {
      const db = await open();
      const transaction = db.transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      const [main, lastGood] = await Promise.all([
        requestResult(store.get(DOCUMENT_KEY)),
        requestResult(store.get(LAST_GOOD_KEY)),
      ]);
      const current = readText(main);
      let result: { document: BookmarkDocument; notice: StoreNotice | null };
      if (current === null || 'document' in current) {
        result = { document: current?.document ?? emptyBookmarkDocument(), notice: null };
      } else {
        // The unreadable record is kept under a dated key, never deleted.
        const movedTo = `unreadable-${new Date().toISOString()}`;
        store.put(main, movedTo);
        const restored = readText(lastGood);
        if (restored !== null && 'document' in restored) {
          store.put(lastGood, DOCUMENT_KEY);
          result = {
            document: restored.document,
            notice: {
              message: `Your saved bookmarks could not be read (${current.problem}). The last good copy was restored; the unreadable data was kept as "${movedTo}".`,
              movedTo,
            },
          };
        } else {
          store.delete(DOCUMENT_KEY);
          result = {
            document: emptyBookmarkDocument(),
            notice: {
              message: `Your saved bookmarks could not be read (${current.problem}) and no good copy was found; the unreadable data was kept as "${movedTo}". Bookmarks start empty.`,
              movedTo,
            },
          };
        }
      }
      await transactionDone(transaction);
      return result;
    },
    async save(document) {
      const db = await open();
      const transaction = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      const store = transaction.objectStore(STORE);
      const done = transactionDone(transaction);
      const previous = store.get(DOCUMENT_KEY);
      previous.onsuccess = () => {
        if (previous.result !== undefined) store.put(previous.result, LAST_GOOD_KEY);
        store.put(serializeBookmarkDocument(document), DOCUMENT_KEY);
      };
      await done;
    },
  };
}

/** The web edition's bookmark store: the same handlers as the desktop store, kept in the browser's IndexedDB. */
export function createIndexedDbBookmarkService(options: IndexedDbOptions & ServiceOptions = {}): BookmarkHandlers {
  return createBookmarkService(createIndexedDbPersistence(options), options);
}
