import { describe, expect, it } from 'vitest';
import type { Bookmark, Folder } from '../../../common/bookmarks/bookmark-schema';
import { visibleBookmarks } from '../../../renderer/bookmarks-ui/visible-bookmarks';

const folders: Folder[] = [
  { id: 'cases', name: 'Cases', parentId: null },
  { id: 'open', name: 'Open', parentId: 'cases' },
  { id: 'other', name: 'Other', parentId: null },
];
const bookmark = (
  id: string,
  title: string,
  folderId: string | null,
  createdAt: string,
  updatedAt: string,
  extra: Partial<Bookmark> = {},
): Bookmark => ({
  id,
  target: { documentId: id, kind: 'instrument' },
  title,
  folderId,
  tags: [],
  note: '',
  createdAt,
  updatedAt,
  ...extra,
});
const all = [
  bookmark('a', 'Prüm Decision', 'cases', '2026-01-01T10:00:00Z', '2026-01-05T10:00:00Z', { tags: ['dna'] }),
  bookmark('b', 'europol regulation', 'open', '2026-01-03T10:00:00Z', '2026-01-03T10:00:00Z', {
    note: 'Ask the liaison officer',
  }),
  bookmark('c', 'Ecris', null, '2026-01-02T12:00:00+02:00', '2026-01-02T12:00:00+02:00'),
  bookmark('d', 'Schengen', 'other', '2026-01-04T10:00:00Z', '2026-01-04T10:00:00Z'),
];
const ids = (options: Partial<Parameters<typeof visibleBookmarks>[2]>) =>
  visibleBookmarks(all, folders, {
    folder: { kind: 'all' },
    query: '',
    sort: 'updated',
    locale: 'en-GB',
    ...options,
  }).map((b) => b.id);

describe('visibleBookmarks', () => {
  it('filters by folder, a top-level folder including its subfolder', () => {
    expect(ids({ folder: { kind: 'folder', id: 'cases' } })).toEqual(['a', 'b']);
    expect(ids({ folder: { kind: 'folder', id: 'open' } })).toEqual(['b']);
    expect(ids({ folder: { kind: 'unfiled' } })).toEqual(['c']);
  });

  it('matches every word in title, note or tags, ignoring case', () => {
    expect(ids({ query: 'LIAISON' })).toEqual(['b']);
    expect(ids({ query: 'dna prüm' })).toEqual(['a']);
    expect(ids({ query: 'dna europol' })).toEqual([]);
  });

  it('sorts by time (whatever the offset) or by title', () => {
    expect(ids({ sort: 'updated' })).toEqual(['a', 'd', 'b', 'c']);
    expect(ids({ sort: 'created' })).toEqual(['d', 'b', 'c', 'a']);
    expect(ids({ sort: 'title' })).toEqual(['c', 'b', 'a', 'd']);
  });
});

describe('visibleBookmarks by the names the list shows', () => {
  const labels = new Map([
    ['a', 'Prüm Decision'],
    ['b', 'Europol Regulation'],
    ['c', 'ECRIS-TCN Regulation'],
    ['d', 'Schengen Convention'],
  ]);
  const official = all.map((b, i) => ({ ...b, title: `Official title ${['one', 'two', 'three', 'four'][i] ?? ''}` }));
  const shown = (options: Partial<Parameters<typeof visibleBookmarks>[2]>) =>
    visibleBookmarks(official, folders, {
      folder: { kind: 'all' },
      query: '',
      sort: 'title',
      locale: 'en-GB',
      labelOf: (b) => labels.get(b.id) ?? '',
      ...options,
    }).map((b) => b.id);

  it('sorts by the name shown and finds a bookmark by it or by its saved title', () => {
    expect(shown({})).toEqual(['c', 'b', 'a', 'd']);
    expect(shown({ query: 'schengen' })).toEqual(['d']);
    expect(shown({ query: 'official two' })).toEqual(['b']);
  });
});
