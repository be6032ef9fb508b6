// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { exportBookmarksHtml, targetHash } from '../../../common/bookmarks/bookmark-html-export';
import type { BookmarkDocument } from '../../../common/bookmarks/bookmark-schema';

const times = { createdAt: '2025-03-01T12:00:00.000Z', updatedAt: '2025-03-02T12:00:00.000Z' };
const document: BookmarkDocument = {
  format: 'polcoop-bookmarks',
  version: 2,
  folders: [
    { id: 'f1', name: 'Cases & <files>', parentId: null },
    { id: 'f2', name: 'Prüm', parentId: 'f1' },
  ],
  bookmarks: [
    {
      id: 'a',
      target: { documentId: 'prum-decision', anchor: 'dna profiles', kind: 'instrument' },
      title: 'DNA "hits"',
      folderId: 'f2',
      tags: ['dna', 'prum'],
      note: '<b>bold</b>',
      ...times,
    },
    {
      id: 'b',
      target: { documentId: 'pnr', kind: 'term' },
      title: 'PNR',
      folderId: null,
      tags: [],
      note: '',
      ...times,
    },
  ],
};

describe('HTML bookmark export', () => {
  it('nests folders as browsers expect and links into the reader', () => {
    const html = exportBookmarksHtml(document, 'http://intranet.example/polcoop/index.html#/bookmarks');
    expect(html.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    const dom = new DOMParser().parseFromString(html, 'text/html');
    const links = [...dom.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href'),
      text: a.textContent,
      tags: a.getAttribute('tags'),
      added: a.getAttribute('add_date'),
    }));
    expect(links).toEqual([
      {
        href: 'http://intranet.example/polcoop/index.html#/doc/prum-decision/dna%20profiles',
        text: 'DNA "hits"',
        tags: 'dna,prum',
        added: String(Date.parse(times.createdAt) / 1000),
      },
      {
        href: 'http://intranet.example/polcoop/index.html#/term/pnr',
        text: 'PNR',
        tags: null,
        added: String(Date.parse(times.createdAt) / 1000),
      },
    ]);
    expect([...dom.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Cases & <files>', 'Prüm']);
    expect(dom.querySelector('dd')?.textContent?.trim()).toBe('<b>bold</b>');
    expect(dom.querySelector('b')).toBeNull();
  });

  it('builds the same hash routes the reader parses', () => {
    expect(targetHash({ documentId: 'a/b', kind: 'page' })).toBe('#/doc/a%2Fb');
    expect(targetHash({ documentId: 'europol', anchor: 'tasks', kind: 'body' })).toBe('#/doc/europol/tasks');
  });
});
