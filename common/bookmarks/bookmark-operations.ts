import type { z } from 'zod';
import type {
  addBookmarkInputSchema,
  addFolderInputSchema,
  Bookmark,
  BookmarkDocument,
  Folder,
  moveBookmarksInputSchema,
  moveFolderInputSchema,
  renameFolderInputSchema,
  updateBookmarkInputSchema,
} from './bookmark-schema';

/** The time and id source of one operation, injected so tests and the crash test are deterministic. */
export interface OperationContext {
  now: string;
  newId: () => string;
}

/** A new document and what the operation returns to its caller. */
export interface Outcome<T> {
  document: BookmarkDocument;
  result: T;
}

function findBookmarkIndexes(document: BookmarkDocument, ids: readonly string[]): Map<string, number> {
  const wanted = new Set(ids);
  const found = new Map<string, number>();
  document.bookmarks.forEach((bookmark, index) => {
    if (wanted.has(bookmark.id)) found.set(bookmark.id, index);
  });
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new Error(`no bookmark with id ${missing}`);
  return found;
}

function requireFolder(document: BookmarkDocument, id: string): Folder {
  const folder = document.folders.find((candidate) => candidate.id === id);
  if (!folder) throw new Error(`no folder with id ${id}`);
  return folder;
}

function requireFreeName(document: BookmarkDocument, name: string, parentId: string | null, exceptId?: string): void {
  const taken = document.folders.some(
    (folder) =>
      folder.parentId === parentId && folder.id !== exceptId && folder.name.toLowerCase() === name.toLowerCase(),
  );
  if (taken) throw new Error(`a folder named "${name}" already exists there`);
}

function requireTopLevelParent(document: BookmarkDocument, parentId: string | null): void {
  if (parentId !== null && requireFolder(document, parentId).parentId !== null)
    throw new Error('folders nest one level only');
}

/** Saves a new bookmark. */
export function addBookmark(
  document: BookmarkDocument,
  input: z.output<typeof addBookmarkInputSchema>,
  context: OperationContext,
): Outcome<Bookmark> {
  const folderId = input.folderId ?? null;
  if (folderId !== null) requireFolder(document, folderId);
  const bookmark: Bookmark = {
    id: context.newId(),
    target: input.target,
    title: input.title,
    folderId,
    tags: [...new Set(input.tags ?? [])],
    note: input.note ?? '',
    createdAt: context.now,
    updatedAt: context.now,
  };
  return { document: { ...document, bookmarks: [...document.bookmarks, bookmark] }, result: bookmark };
}

/** Changes a bookmark's title, tags, note or recorded target hash. */
export function updateBookmark(
  document: BookmarkDocument,
  input: z.output<typeof updateBookmarkInputSchema>,
  context: OperationContext,
): Outcome<Bookmark> {
  const index = findBookmarkIndexes(document, [input.id]).get(input.id) as number;
  const old = document.bookmarks[index] as Bookmark;
  const updated: Bookmark = {
    ...old,
    title: input.title ?? old.title,
    tags: input.tags ? [...new Set(input.tags)] : old.tags,
    note: input.note ?? old.note,
    target: input.contentHash === undefined ? old.target : { ...old.target, contentHash: input.contentHash },
    updatedAt: context.now,
  };
  const bookmarks = document.bookmarks.slice();
  bookmarks[index] = updated;
  return { document: { ...document, bookmarks }, result: updated };
}

/** Removes bookmarks, all or none, returning them so the UI can undo. */
export function removeBookmarks(document: BookmarkDocument, ids: readonly string[]): Outcome<Bookmark[]> {
  // One pass over 10,000 bookmarks instead of a lookup pass and a filter pass: remove is the most frequent bulk change.
  const gone = new Set(ids);
  const removed: Bookmark[] = [];
  const kept: Bookmark[] = [];
  for (const bookmark of document.bookmarks) (gone.has(bookmark.id) ? removed : kept).push(bookmark);
  if (removed.length !== gone.size) {
    const found = new Set(removed.map((bookmark) => bookmark.id));
    throw new Error(`no bookmark with id ${[...gone].find((id) => !found.has(id))}`);
  }
  return { document: { ...document, bookmarks: kept }, result: removed };
}

/** Puts removed bookmarks back unchanged; one whose folder has gone since lands at the top level. */
export function restoreBookmarks(document: BookmarkDocument, bookmarks: readonly Bookmark[]): Outcome<Bookmark[]> {
  const ids = new Set(document.bookmarks.map((bookmark) => bookmark.id));
  const folders = new Set(document.folders.map((folder) => folder.id));
  const restored: Bookmark[] = [];
  for (const bookmark of bookmarks) {
    if (ids.has(bookmark.id)) throw new Error(`bookmark ${bookmark.id} already exists`);
    ids.add(bookmark.id);
    restored.push(
      bookmark.folderId === null || folders.has(bookmark.folderId) ? bookmark : { ...bookmark, folderId: null },
    );
  }
  return { document: { ...document, bookmarks: [...document.bookmarks, ...restored] }, result: restored };
}

/** Moves bookmarks into a folder (or the top level). */
export function moveBookmarks(
  document: BookmarkDocument,
  input: z.output<typeof moveBookmarksInputSchema>,
  context: OperationContext,
): Outcome<Bookmark[]> {
  if (input.folderId !== null) requireFolder(document, input.folderId);
  const found = findBookmarkIndexes(document, input.ids);
  const bookmarks = document.bookmarks.slice();
  const moved = [...found.values()].map((index) => {
    const bookmark = { ...(bookmarks[index] as Bookmark), folderId: input.folderId, updatedAt: context.now };
    bookmarks[index] = bookmark;
    return bookmark;
  });
  return { document: { ...document, bookmarks }, result: moved };
}

/** Creates a folder after its siblings. */
export function addFolder(
  document: BookmarkDocument,
  input: z.output<typeof addFolderInputSchema>,
  context: OperationContext,
): Outcome<Folder> {
  const parentId = input.parentId ?? null;
  requireTopLevelParent(document, parentId);
  requireFreeName(document, input.name, parentId);
  const folder: Folder = { id: context.newId(), name: input.name, parentId };
  return { document: { ...document, folders: [...document.folders, folder] }, result: folder };
}

/** Renames a folder. */
export function renameFolder(
  document: BookmarkDocument,
  input: z.output<typeof renameFolderInputSchema>,
): Outcome<Folder> {
  const folder = requireFolder(document, input.id);
  requireFreeName(document, input.name, folder.parentId, folder.id);
  const renamed = { ...folder, name: input.name };
  return {
    document: { ...document, folders: document.folders.map((f) => (f.id === folder.id ? renamed : f)) },
    result: renamed,
  };
}

/** Places a folder at `index` among the children of `parentId` (reordering, or moving it under another parent). */
export function moveFolder(document: BookmarkDocument, input: z.output<typeof moveFolderInputSchema>): Outcome<Folder> {
  const folder = requireFolder(document, input.id);
  if (input.parentId === folder.id) throw new Error('a folder cannot contain itself');
  requireTopLevelParent(document, input.parentId);
  if (input.parentId !== null && document.folders.some((f) => f.parentId === folder.id)) {
    throw new Error(`"${folder.name}" has subfolders, and folders nest one level only`);
  }
  requireFreeName(document, folder.name, input.parentId, folder.id);
  const moved = { ...folder, parentId: input.parentId };
  const others = document.folders.filter((f) => f.id !== folder.id);
  const siblings = others.filter((f) => f.parentId === input.parentId);
  const before = siblings[Math.min(input.index, siblings.length)];
  const at = before ? others.indexOf(before) : others.length;
  return { document: { ...document, folders: [...others.slice(0, at), moved, ...others.slice(at)] }, result: moved };
}

/** Deletes a folder; its bookmarks and subfolders move to its parent, so no bookmark is lost. */
export function removeFolder(
  document: BookmarkDocument,
  id: string,
  context: OperationContext,
): Outcome<{ folder: Folder; movedBookmarks: number; movedFolders: number }> {
  const folder = requireFolder(document, id);
  let movedBookmarks = 0;
  let movedFolders = 0;
  const bookmarks = document.bookmarks.map((bookmark) => {
    if (bookmark.folderId !== id) return bookmark;
    movedBookmarks += 1;
    return { ...bookmark, folderId: folder.parentId, updatedAt: context.now };
  });
  const folders = document.folders.flatMap((f) => {
    if (f.id === id) return [];
    if (f.parentId !== id) return [f];
    movedFolders += 1;
    return [{ ...f, parentId: folder.parentId }];
  });
  return { document: { ...document, folders, bookmarks }, result: { folder, movedBookmarks, movedFolders } };
}
