import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, diffDocuments, journalLine, readJournal } from '../../../electron/bookmarks/bookmark-journal';
import { emptyBookmarkDocument } from '../../../common/bookmarks/bookmark-migrations';
import type { Bookmark, BookmarkDocument } from '../../../common/bookmarks/bookmark-schema';

function bookmark(id: string, note = ''): Bookmark {
  return {
    id,
    target: { documentId: id, kind: 'page' },
    title: id,
    folderId: null,
    tags: [],
    note,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

const byId = (document: BookmarkDocument) => new Map(document.bookmarks.map((b) => [b.id, b]));

describe('bookmark journal', () => {
  it('replaying the diff of any reshuffle, edit, removal and addition gives the new document', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
        fc.boolean(),
        (beforeIds, afterIds, editSome) => {
          const previous = { ...emptyBookmarkDocument(), bookmarks: beforeIds.map((n) => bookmark(`b${n}`)) };
          const kept = byId(previous);
          const next = {
            ...previous,
            bookmarks: afterIds.map((n) =>
              editSome && n % 3 === 0 ? bookmark(`b${n}`, 'edited') : (kept.get(`b${n}`) ?? bookmark(`b${n}`, 'new')),
            ),
          };
          const replayed = applyChanges(previous, diffDocuments(previous, next));
          expect(byId(replayed)).toEqual(byId(next));
          // Replaying again over the result changes nothing: a snapshot written before the journal was emptied is safe.
          expect(byId(applyChanges(replayed, diffDocuments(previous, next)))).toEqual(byId(next));
        },
      ),
    );
  });

  it('records an edit in place as one change', () => {
    const previous = { ...emptyBookmarkDocument(), bookmarks: [bookmark('a'), bookmark('b'), bookmark('c')] };
    const next = { ...previous, bookmarks: [previous.bookmarks[0]!, bookmark('b', 'x'), previous.bookmarks[2]!] };
    expect(diffDocuments(previous, next)).toEqual([{ op: 'set', bookmark: bookmark('b', 'x') }]);
  });

  it('reads back what it wrote and tells a torn last line from damage in the middle', () => {
    const one = journalLine([{ op: 'set', bookmark: bookmark('a') }], 'snap');
    const two = journalLine([{ op: 'delete', id: 'a' }], 'snap');
    expect(readJournal(one + two, 'snap')).toEqual({
      changes: [
        { op: 'set', bookmark: bookmark('a') },
        { op: 'delete', id: 'a' },
      ],
      validText: one + two,
      problem: null,
      skipped: 0,
    });
    expect(readJournal(one + two.slice(0, 9), 'snap')).toEqual({
      changes: [{ op: 'set', bookmark: bookmark('a') }],
      validText: one,
      problem: null,
      skipped: 0,
    });
    expect(readJournal(`${one}\u0000\u0000\u0000`, 'snap')).toMatchObject({ validText: one, problem: null });
    expect(readJournal(`${one}{"v":2}\n${two}`, 'snap').problem).toBe('journal line 2 is damaged');
    expect(readJournal(`{"v":3,"changes":[]}\n${one}`, 'snap').problem).toBe('journal line 1 is damaged');
  });

  it('skips lines written for another snapshot, replays lines without a base, and replays everything when asked', () => {
    const older = journalLine([{ op: 'set', bookmark: bookmark('a') }], 'old');
    const current = journalLine([{ op: 'set', bookmark: bookmark('b') }], 'new');
    const legacy = `${JSON.stringify({ v: 2, changes: [{ op: 'delete', id: 'c' }] })}\n`;
    expect(readJournal(older + legacy + current, 'new')).toMatchObject({
      changes: [
        { op: 'delete', id: 'c' },
        { op: 'set', bookmark: bookmark('b') },
      ],
      skipped: 1,
      problem: null,
    });
    expect(readJournal(older + current, null)).toMatchObject({
      changes: [
        { op: 'set', bookmark: bookmark('a') },
        { op: 'set', bookmark: bookmark('b') },
      ],
      skipped: 0,
    });
  });
});
