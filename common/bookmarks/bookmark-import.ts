import type { OperationContext } from './bookmark-operations';
import type { Bookmark, BookmarkDocument, BookmarkTarget, Folder, ImportItem, ImportReport } from './bookmark-schema';

/** Two bookmarks are duplicates when they point at the same place. */
export function targetKey(target: BookmarkTarget): string {
  return `${target.kind}:${target.documentId}#${target.anchor ?? ''}`;
}

function folderPath(folders: ReadonlyMap<string, Folder>, id: string | null): string | null {
  if (id === null) return null;
  const folder = folders.get(id);
  if (!folder) return null;
  const parent = folderPath(folders, folder.parentId);
  return parent === null ? folder.name : `${parent} / ${folder.name}`;
}

function mergedNote(existing: string, incoming: string): string {
  if (incoming === '' || existing.includes(incoming)) return existing;
  return existing === '' ? incoming : `${existing}\n\n${incoming}`;
}

/** Merges an imported document into the current one: folders matched by name, bookmarks by target; nothing existing is lost. */
export function planImport(
  current: BookmarkDocument,
  incoming: BookmarkDocument,
  context: OperationContext,
): { document: BookmarkDocument; report: Omit<ImportReport, 'applied'> } {
  const folders = current.folders.slice();
  const foldersAdded: string[] = [];
  const folderMap = new Map<string, string>();
  const incomingById = new Map(incoming.folders.map((folder) => [folder.id, folder]));
  const parentsFirst = [
    ...incoming.folders.filter((f) => f.parentId === null),
    ...incoming.folders.filter((f) => f.parentId !== null),
  ];
  for (const folder of parentsFirst) {
    const parentId = folder.parentId === null ? null : (folderMap.get(folder.parentId) as string);
    const existing = folders.find((f) => f.parentId === parentId && f.name.toLowerCase() === folder.name.toLowerCase());
    if (existing) {
      folderMap.set(folder.id, existing.id);
      continue;
    }
    const created: Folder = { id: context.newId(), name: folder.name, parentId };
    folders.push(created);
    folderMap.set(folder.id, created.id);
    foldersAdded.push(folderPath(incomingById, folder.id) as string);
  }

  const bookmarks = current.bookmarks.slice();
  const byTarget = new Map(bookmarks.map((bookmark, index) => [targetKey(bookmark.target), index]));
  const ids = new Set(bookmarks.map((bookmark) => bookmark.id));
  const items: ImportItem[] = [];
  const finalFolders = new Map(folders.map((folder) => [folder.id, folder]));
  for (const bookmark of incoming.bookmarks) {
    const key = targetKey(bookmark.target);
    const index = byTarget.get(key);
    if (index === undefined) {
      const added: Bookmark = {
        ...bookmark,
        id: ids.has(bookmark.id) ? context.newId() : bookmark.id,
        folderId: bookmark.folderId === null ? null : (folderMap.get(bookmark.folderId) as string),
      };
      ids.add(added.id);
      byTarget.set(key, bookmarks.length);
      bookmarks.push(added);
      items.push({
        action: 'add',
        title: added.title,
        target: added.target,
        folder: folderPath(finalFolders, added.folderId),
      });
      continue;
    }
    const existing = bookmarks[index] as Bookmark;
    const tags = [...new Set([...existing.tags, ...bookmark.tags])];
    const note = mergedNote(existing.note, bookmark.note);
    const changed = tags.length !== existing.tags.length || note !== existing.note;
    if (changed) bookmarks[index] = { ...existing, tags, note, updatedAt: context.now };
    items.push({
      action: changed ? 'merge' : 'skip',
      title: existing.title,
      target: existing.target,
      folder: folderPath(finalFolders, existing.folderId),
    });
  }
  const count = (action: ImportItem['action']) => items.filter((item) => item.action === action).length;
  return {
    document: { ...current, folders, bookmarks },
    report: { added: count('add'), merged: count('merge'), skipped: count('skip'), foldersAdded, items },
  };
}
