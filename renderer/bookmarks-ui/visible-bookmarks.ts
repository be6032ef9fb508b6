import type { Bookmark, Folder } from '../../common/bookmarks/bookmark-schema';

/** Which folder the list shows: every bookmark, those in no folder, or one folder with its subfolders. */
export type FolderFilter = { kind: 'all' } | { kind: 'unfiled' } | { kind: 'folder'; id: string };

/** How the list is ordered. */
export type BookmarkSort = 'updated' | 'created' | 'title';

function inFolder(folders: readonly Folder[], filter: FolderFilter): (bookmark: Bookmark) => boolean {
  if (filter.kind === 'all') return () => true;
  if (filter.kind === 'unfiled') return (bookmark) => bookmark.folderId === null;
  const ids = new Set([
    filter.id,
    ...folders.filter((folder) => folder.parentId === filter.id).map((folder) => folder.id),
  ]);
  return (bookmark) => bookmark.folderId !== null && ids.has(bookmark.folderId);
}

/** Every word of the query must appear in the name shown, the saved title, the note or a tag (ignoring case). */
function matchesQuery(
  query: string,
  locale: string,
  labelOf: (bookmark: Bookmark) => string,
): (bookmark: Bookmark) => boolean {
  const words = query.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  return (bookmark) => {
    const text = [labelOf(bookmark), bookmark.title, bookmark.note, ...bookmark.tags]
      .join('\n')
      .toLocaleLowerCase(locale);
    return words.every((word) => text.includes(word));
  };
}

/** The bookmarks the view lists, filtered by folder and query and sorted; `labelOf` names a bookmark as the list shows it (default: its saved title). */
export function visibleBookmarks(
  bookmarks: readonly Bookmark[],
  folders: readonly Folder[],
  options: {
    folder: FolderFilter;
    query: string;
    sort: BookmarkSort;
    locale: string;
    labelOf?: (bookmark: Bookmark) => string;
  },
): Bookmark[] {
  const labelOf = options.labelOf ?? ((bookmark: Bookmark) => bookmark.title);
  const folderTest = inFolder(folders, options.folder);
  const queryTest = matchesQuery(options.query, options.locale, labelOf);
  const shown = bookmarks.filter((bookmark) => folderTest(bookmark) && queryTest(bookmark));
  const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
  const compare: Record<BookmarkSort, (a: Bookmark, b: Bookmark) => number> = {
    updated: (a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt),
    created: (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
    title: (a, b) => collator.compare(labelOf(a), labelOf(b)),
  };
  return shown.sort(compare[options.sort]);
}
