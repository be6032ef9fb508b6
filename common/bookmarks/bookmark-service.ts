import type { Channel, ChannelInput, ChannelOutput } from '../contract/ipc-contract';
import { exportBookmarksHtml } from './bookmark-html-export';
import { planImport } from './bookmark-import';
import { parseBookmarkJson } from './bookmark-json';
import { newBookmarkId } from './bookmark-id';
import {
  addBookmark,
  addFolder,
  moveBookmarks,
  moveFolder,
  removeBookmarks,
  removeFolder,
  renameFolder,
  restoreBookmarks,
  updateBookmark,
  type OperationContext,
  type Outcome,
} from './bookmark-operations';
import { MAX_IMPORT_BYTES, type BookmarkDocument, type StoreNotice } from './bookmark-schema';

/** The bookmark channels of the IPC contract. */
export type BookmarkChannel = Extract<Channel, `bookmarks:${string}`>;

/** One function per bookmark channel: what both the Electron handlers and the web edition's transport call. */
export type BookmarkHandlers = { [C in BookmarkChannel]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>> };

/** What a store keeps: the file in the user-data folder, or IndexedDB in the web edition. */
export interface BookmarkPersistence {
  /** Reads the document, recovering from damage if it must; `notice` tells the user what happened. */
  load(): Promise<{ document: BookmarkDocument; notice: StoreNotice | null }>;
  /** Stores `document` (which replaces `previous`) durably before resolving; on failure `previous` must remain stored. */
  save(document: BookmarkDocument, previous: BookmarkDocument): Promise<void>;
}

/** Clock and id source, replaceable for tests. */
export interface ServiceOptions {
  now?: () => Date;
  newId?: () => string;
}

function exportDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The bookmark store over some persistence: every call runs alone, in call order, and memory changes only after a save succeeded. */
export function createBookmarkService(
  persistence: BookmarkPersistence,
  options: ServiceOptions = {},
): BookmarkHandlers {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? newBookmarkId;
  let state: { document: BookmarkDocument; notice: StoreNotice | null } | null = null;
  let tail: Promise<unknown> = Promise.resolve();

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  }

  async function loaded(): Promise<{ document: BookmarkDocument; notice: StoreNotice | null }> {
    state ??= await persistence.load();
    return state;
  }

  const read = <T>(view: (document: BookmarkDocument) => T): Promise<T> =>
    serial(async () => view((await loaded()).document));

  function change<T>(operation: (document: BookmarkDocument, context: OperationContext) => Outcome<T>): Promise<T> {
    return serial(async () => {
      const current = await loaded();
      const { document, result } = operation(current.document, { now: now().toISOString(), newId });
      try {
        await persistence.save(document, current.document);
      } catch (error) {
        throw new Error(
          `could not save bookmarks, so the change was not made: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      current.document = document;
      return result;
    });
  }

  return {
    'bookmarks:list': () =>
      serial(async () => {
        const { document, notice } = await loaded();
        return { folders: document.folders, bookmarks: document.bookmarks, notice };
      }),
    'bookmarks:add': (input) => change((document, context) => addBookmark(document, input, context)),
    'bookmarks:update': (input) => change((document, context) => updateBookmark(document, input, context)),
    'bookmarks:remove': (input) =>
      change((document) => removeBookmarks(document, input.ids)).then((removed) => ({ removed })),
    'bookmarks:restore': (input) =>
      change((document) => restoreBookmarks(document, input.bookmarks)).then((restored) => ({ restored })),
    'bookmarks:move': (input) =>
      change((document, context) => moveBookmarks(document, input, context)).then((moved) => ({ moved })),
    'bookmarks:addFolder': (input) => change((document, context) => addFolder(document, input, context)),
    'bookmarks:renameFolder': (input) => change((document) => renameFolder(document, input)),
    'bookmarks:moveFolder': (input) => change((document) => moveFolder(document, input)),
    'bookmarks:removeFolder': (input) => change((document, context) => removeFolder(document, input.id, context)),
    'bookmarks:export': (input) =>
      read((document) => {
        const date = exportDate(now());
        return input.format === 'json'
          ? {
              fileName: `polcoop-bookmarks-${date}.json`,
              mediaType: 'application/json',
              content: `${JSON.stringify(document, null, 2)}\n`,
            }
          : {
              fileName: `polcoop-bookmarks-${date}.html`,
              mediaType: 'text/html',
              content: exportBookmarksHtml(document, input.pageUrl),
            };
      }),
    'bookmarks:import': (input) => {
      let incoming: BookmarkDocument;
      try {
        incoming = parseBookmarkJson(input.content, { maxBytes: MAX_IMPORT_BYTES, scanKeys: true });
      } catch (error) {
        return Promise.reject(
          new Error(`import refused, nothing was changed: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
          }),
        );
      }
      const plan = (document: BookmarkDocument, context: OperationContext) => planImport(document, incoming, context);
      if (!input.apply)
        return read((document) => ({ applied: false, ...plan(document, { now: now().toISOString(), newId }).report }));
      return change((document, context) => {
        const { document: merged, report } = plan(document, context);
        return { document: merged, result: { applied: true, ...report } };
      });
    },
  };
}
