import { useId, useMemo, useState } from 'react';
import { useBundle } from '../bundle/bundle-context';
import type { Bookmark } from '../../common/bookmarks/bookmark-schema';
import { BookmarkFolders } from '../bookmarks-ui/bookmark-folders';
import { bookmarkLabel } from '../bookmarks-ui/bookmark-label';
import { BookmarkNotice } from '../bookmarks-ui/bookmark-notice';
import { BookmarkRow } from '../bookmarks-ui/bookmark-row';
import { BookmarkSelectionBar } from '../bookmarks-ui/bookmark-selection-bar';
import { useBookmarks } from '../bookmarks-ui/bookmark-state-context';
import { BookmarkTransfer } from '../bookmarks-ui/bookmark-transfer';
import { visibleBookmarks, type BookmarkSort, type FolderFilter } from '../bookmarks-ui/visible-bookmarks';
import { texts } from '../texts/active-texts';
import '../bookmarks-ui/bookmarks.css';

const t = texts.bookmarks;
const SORTS = Object.keys(t.sorts) as BookmarkSort[];

function folderPath(
  bookmark: Bookmark,
  names: ReadonlyMap<string, { name: string; parentId: string | null }>,
): string | null {
  const folder = bookmark.folderId === null ? undefined : names.get(bookmark.folderId);
  if (!folder) return null;
  const parent = folder.parentId === null ? undefined : names.get(folder.parentId);
  return parent ? `${parent.name} / ${folder.name}` : folder.name;
}

/** `#/bookmarks`: folders, search, sort, multi-select move and delete with undo, editing, export and import. */
export function BookmarksView() {
  const id = useId();
  const reader = useBundle();
  const { snapshot } = useBookmarks();
  const [folder, setFolder] = useState<FolderFilter>({ kind: 'all' });
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<BookmarkSort>('updated');
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(
    () =>
      visibleBookmarks(snapshot.bookmarks, snapshot.folders, {
        folder,
        query,
        sort,
        locale: texts.locale,
        labelOf: (bookmark) => bookmarkLabel(bookmark, reader).text,
      }),
    [snapshot.bookmarks, snapshot.folders, folder, query, sort, reader],
  );
  const folders = useMemo(() => new Map(snapshot.folders.map((f) => [f.id, f])), [snapshot.folders]);
  const selected = shown.filter((bookmark) => selectedIds.has(bookmark.id));
  const select = (bookmarkId: string, on: boolean) => {
    const next = new Set(selectedIds);
    if (on) next.add(bookmarkId);
    else next.delete(bookmarkId);
    setSelectedIds(next);
  };

  if (snapshot.status !== 'ready') {
    const message = { loading: t.loading, unavailable: t.unavailable, failed: t.failed(snapshot.problem ?? '') }[
      snapshot.status
    ];
    return (
      <article className="bookmarks-page">
        <h1>{t.title}</h1>
        <p role={snapshot.status === 'loading' ? 'status' : 'alert'}>{message}</p>
      </article>
    );
  }
  return (
    <article className="bookmarks-page">
      <h1>{t.title}</h1>
      <BookmarkNotice />
      <div className="bookmarks-columns">
        <BookmarkFolders filter={folder} onFilter={setFolder} />
        <div className="bookmarks-main">
          <div className="bookmarks-toolbar">
            <label htmlFor={`${id}-search`}>{t.searchLabel}</label>
            <input
              id={`${id}-search`}
              type="search"
              placeholder={t.searchPlaceholder}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <label htmlFor={`${id}-sort`}>{t.sort}</label>
            <select id={`${id}-sort`} value={sort} onChange={(event) => setSort(event.target.value as BookmarkSort)}>
              {SORTS.map((value) => (
                <option key={value} value={value}>
                  {t.sorts[value]}
                </option>
              ))}
            </select>
          </div>
          <div className="bookmarks-list-header">
            <label>
              <input
                type="checkbox"
                checked={shown.length > 0 && selected.length === shown.length}
                disabled={shown.length === 0}
                onChange={(event) =>
                  setSelectedIds(new Set(event.target.checked ? shown.map((bookmark) => bookmark.id) : []))
                }
              />{' '}
              {t.selectAll}
            </label>
            <span className="muted">{t.count(shown.length, snapshot.bookmarks.length)}</span>
          </div>
          <BookmarkSelectionBar selected={selected} onDone={() => setSelectedIds(new Set())} />
          {snapshot.bookmarks.length === 0 ? (
            <p className="muted">{t.empty}</p>
          ) : shown.length === 0 ? (
            <p className="muted">{t.none}</p>
          ) : (
            <ul className="bookmark-list" aria-label={t.listLabel}>
              {shown.map((bookmark) => (
                <BookmarkRow
                  key={bookmark.id}
                  bookmark={bookmark}
                  folder={folderPath(bookmark, folders)}
                  selected={selectedIds.has(bookmark.id)}
                  onSelect={(on) => select(bookmark.id, on)}
                />
              ))}
            </ul>
          )}
          <BookmarkTransfer />
        </div>
      </div>
    </article>
  );
}
