import { describe, expect, it } from 'vitest';
import { decodeSnapshot, snapshotText } from '../../../electron/bookmarks/snapshot-text';
import type { BookmarkDocument } from '../../../common/bookmarks/bookmark-schema';

const document: BookmarkDocument = {
  format: 'polcoop-bookmarks',
  version: 2,
  folders: [{ id: 'f1', name: 'Prüm — ĉeĥa', parentId: null }],
  bookmarks: [
    {
      id: 'b1',
      target: { documentId: 'prum-decision', kind: 'instrument' },
      title: 'Échange 🚓 </script><img src=x onerror=alert(1)>',
      folderId: 'f1',
      tags: ['données'],
      note: 'line\nbreak "quoted" \u2028',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
};

describe('snapshot text', () => {
  it('writes pure ASCII JSON that reads back to the same document', () => {
    const text = snapshotText(document);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(decodeSnapshot(Buffer.from(text, 'utf8')))).toEqual(document);
  });

  it('decodes UTF-8 snapshots written before the escaping, or by hand', () => {
    const bytes = Buffer.from(JSON.stringify(document), 'utf8');
    expect(JSON.parse(decodeSnapshot(bytes))).toEqual(document);
  });
});
