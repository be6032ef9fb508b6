import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { describe, expect, it } from 'vitest';
import {
  BOOKMARK_FILE,
  JOURNAL_FILE,
  LAST_GOOD_FILE,
  createFileBookmarkService,
  type AtomicWrite,
} from '../../../electron/bookmarks/bookmark-file-store';
import { openJournalFile } from '../../../electron/bookmarks/journal-file';
import { CHECKSUM_FILE, checksumRecord } from '../../../electron/bookmarks/snapshot-checksum';

const target = { documentId: 'prum-decision', kind: 'instrument' as const };

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'polcoop-bookmarks-'));
}

function readJson(path: string): { version: number; bookmarks: Array<{ title: string }> } {
  return JSON.parse(readFileSync(path, 'utf8')) as { version: number; bookmarks: Array<{ title: string }> };
}

const v1File = JSON.stringify({
  format: 'polcoop-bookmarks',
  version: 1,
  bookmarks: [
    {
      id: 'old1',
      documentId: 'pnr-directive',
      kind: 'instrument',
      title: 'PNR',
      folder: 'Travel data',
      tags: ['pnr'],
      note: 'n',
      created: '2024-05-01T10:00:00.000Z',
      updated: '2024-05-02T10:00:00.000Z',
    },
    {
      id: 'old2',
      documentId: 'europol',
      kind: 'body',
      title: 'Europol',
      folder: null,
      tags: [],
      note: '',
      created: '2024-05-01T10:00:00.000Z',
      updated: '2024-05-01T10:00:00.000Z',
    },
  ],
});

describe('bookmark file store', () => {
  it('rewrites the snapshot as current-version JSON when compacting, keeping the previous one as the last good copy', async () => {
    const dir = tempDir();
    const store = createFileBookmarkService(dir, { compactAfter: 0 });
    await store['bookmarks:add']({ target, title: 'First' });
    expect(existsSync(join(dir, LAST_GOOD_FILE))).toBe(false);
    await store['bookmarks:add']({ target: { ...target, anchor: 'art-2' }, title: 'Second' });
    expect(readJson(join(dir, BOOKMARK_FILE))).toMatchObject({
      format: 'polcoop-bookmarks',
      version: 2,
      bookmarks: [{ title: 'First' }, { title: 'Second' }],
    });
    expect(readJson(join(dir, LAST_GOOD_FILE)).bookmarks.map((b) => b.title)).toEqual(['First']);
  });

  it('migrates a version 1 file on load and writes version 2 on the next change', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, BOOKMARK_FILE), v1File);
    const store = createFileBookmarkService(dir, { compactAfter: 0 });
    const state = await store['bookmarks:list'](undefined);
    expect(state.folders).toEqual([{ id: expect.any(String), name: 'Travel data', parentId: null }]);
    expect(state.bookmarks).toEqual([
      {
        id: 'old1',
        target: { documentId: 'pnr-directive', kind: 'instrument' },
        title: 'PNR',
        folderId: state.folders[0]?.id,
        tags: ['pnr'],
        note: 'n',
        createdAt: '2024-05-01T10:00:00.000Z',
        updatedAt: '2024-05-02T10:00:00.000Z',
      },
      expect.objectContaining({ id: 'old2', folderId: null, target: { documentId: 'europol', kind: 'body' } }),
    ]);
    expect(state.notice).toBeNull();
    await store['bookmarks:update']({ id: 'old2', note: 'seen' });
    expect(readJson(join(dir, BOOKMARK_FILE)).version).toBe(2);
    expect(readJson(join(dir, LAST_GOOD_FILE)).version).toBe(1);
  });

  it('moves a corrupt file aside, restores the last good copy and tells the user', async () => {
    const dir = tempDir();
    const store = createFileBookmarkService(dir, { compactAfter: 0 });
    await store['bookmarks:add']({ target, title: 'Kept' });
    await store['bookmarks:add']({ target: { ...target, documentId: 'later' }, title: 'Later' });
    const garbage = '{"format":"polcoop-bookmarks","version":2,"bookmarks":[{"id":';
    writeFileSync(join(dir, BOOKMARK_FILE), garbage);

    const state = await createFileBookmarkService(dir)['bookmarks:list'](undefined);
    expect(state.bookmarks.map((b) => b.title)).toEqual(['Kept']);
    expect(state.notice?.message).toMatch(
      /could not be read \(not valid JSON.*moved to bookmarks\.unreadable-.*last good copy was restored/,
    );
    const moved = readdirSync(dir).filter((name) => name.startsWith('bookmarks.unreadable-'));
    expect(moved).toEqual([state.notice?.movedTo]);
    expect(readFileSync(join(dir, moved[0] as string), 'utf8')).toBe(garbage);
    expect(readJson(join(dir, BOOKMARK_FILE)).bookmarks.map((b) => b.title)).toEqual(['Kept']);
  });

  it('starts empty with a notice, keeping both unreadable files, when no good copy exists', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, BOOKMARK_FILE),
      JSON.stringify({ format: 'polcoop-bookmarks', version: 9, folders: [], bookmarks: [] }),
    );
    writeFileSync(join(dir, LAST_GOOD_FILE), 'not json');
    const state = await createFileBookmarkService(dir)['bookmarks:list'](undefined);
    expect(state).toMatchObject({
      bookmarks: [],
      folders: [],
      notice: { message: expect.stringMatching(/newer app.*no good copy was found.*start empty/) },
    });
    expect(readdirSync(dir).filter((name) => name.includes('.unreadable-')).length).toBe(2);
  });

  it.each([
    ['emptied', (path: string) => writeFileSync(path, '')],
    ['missing', (path: string) => rmSync(path)],
  ])('restores the last good copy when the file is %s', async (_label, damage) => {
    const dir = tempDir();
    const store = createFileBookmarkService(dir, { compactAfter: 0 });
    await store['bookmarks:add']({ target, title: 'One' });
    await store['bookmarks:add']({ target: { ...target, documentId: 'two' }, title: 'Two' });
    damage(join(dir, BOOKMARK_FILE));
    const state = await createFileBookmarkService(dir)['bookmarks:list'](undefined);
    expect(state.bookmarks.map((b) => b.title)).toEqual(['One']);
    expect(state.notice?.message).toMatch(/last good copy was restored/);
    expect(readJson(join(dir, BOOKMARK_FILE)).bookmarks.map((b) => b.title)).toEqual(['One']);
  });

  it.each([
    ['a journal append', 5],
    ['a snapshot rewrite', 0],
  ])(
    'leaves the old files intact and reports the error when the disk is full during %s',
    async (_label, compactAfter) => {
      const dir = tempDir();
      let diskFull = false;
      const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const write: AtomicWrite = async (path, data) => {
        if (!diskFull) return writeFileAtomic(path, data);
        writeFileSync(`${path}.partial`, data.slice(0, 10));
        throw enospc();
      };
      const openJournal = async (path: string) => {
        const journal = await openJournalFile(path);
        return {
          ...journal,
          append: async (text: string) => {
            if (!diskFull) return journal.append(text);
            // A full disk may accept part of the line before failing.
            await journal.append(text.slice(0, 7));
            throw enospc();
          },
        };
      };
      const store = createFileBookmarkService(dir, { write, openJournal, compactAfter });
      const kept = await store['bookmarks:add']({ target, title: 'Kept' });
      const files = () =>
        [BOOKMARK_FILE, JOURNAL_FILE].map((name) =>
          existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : null,
        );
      const before = files();

      diskFull = true;
      await expect(store['bookmarks:add']({ target: { ...target, documentId: 'new' }, title: 'New' })).rejects.toThrow(
        'could not save bookmarks, so the change was not made: ENOSPC: no space left on device, write',
      );
      await expect(store['bookmarks:update']({ id: kept.id, title: 'Renamed' })).rejects.toThrow(/ENOSPC/);
      expect(files()).toEqual(before);
      expect((await store['bookmarks:list'](undefined)).bookmarks).toEqual([kept]);
      expect(await createFileBookmarkService(dir)['bookmarks:list'](undefined)).toEqual({
        folders: [],
        bookmarks: [kept],
        notice: null,
      });

      diskFull = false;
      await store['bookmarks:add']({ target: { ...target, documentId: 'after' }, title: 'After' });
      const reopened = await createFileBookmarkService(dir)['bookmarks:list'](undefined);
      expect(reopened.bookmarks.map((b) => b.title)).toEqual(['Kept', 'After']);
      expect(reopened.notice).toBeNull();
    },
  );

  it('never lets two writes overlap, however many calls arrive at once', async () => {
    const dir = tempDir();
    let inFlight = 0;
    let most = 0;
    const openJournal = async (path: string) => {
      const journal = await openJournalFile(path);
      return {
        ...journal,
        append: async (text: string) => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 2));
          await journal.append(text);
          inFlight -= 1;
        },
      };
    };
    const store = createFileBookmarkService(dir, { openJournal });
    const calls = Array.from({ length: 25 }, (_, index) =>
      store['bookmarks:add']({ target: { ...target, documentId: `d${index}` }, title: `T${index}` }),
    );
    await Promise.all(calls);
    expect(most).toBe(1);
    expect(readFileSync(join(dir, JOURNAL_FILE), 'utf8').trim().split('\n')).toHaveLength(25);
    expect((await createFileBookmarkService(dir)['bookmarks:list'](undefined)).bookmarks).toHaveLength(25);
  });

  it('journals each operation as one line and replays the journal over the snapshot on load', async () => {
    const dir = tempDir();
    const store = createFileBookmarkService(dir, { compactAfter: 3 });
    const one = await store['bookmarks:add']({ target, title: 'One' });
    await store['bookmarks:add']({ target: { ...target, documentId: 'two' }, title: 'Two' });
    await store['bookmarks:remove']({ ids: [one.id] });
    expect(existsSync(join(dir, BOOKMARK_FILE))).toBe(false);
    expect(readFileSync(join(dir, JOURNAL_FILE), 'utf8').trim().split('\n')).toHaveLength(3);
    await store['bookmarks:add']({ target: { ...target, documentId: 'three' }, title: 'Three' });
    expect(readJson(join(dir, BOOKMARK_FILE)).bookmarks.map((b) => b.title)).toEqual(['Two', 'Three']);
    expect(readFileSync(join(dir, JOURNAL_FILE), 'utf8')).toBe('');
    await store['bookmarks:update']({
      id: (await store['bookmarks:list'](undefined)).bookmarks[0]!.id,
      note: 'after the snapshot',
    });
    const reopened = await createFileBookmarkService(dir)['bookmarks:list'](undefined);
    expect(reopened.bookmarks.map((b) => [b.title, b.note])).toEqual([
      ['Two', 'after the snapshot'],
      ['Three', ''],
    ]);
  });

  it('drops a torn last journal line (a write a crash interrupted) silently', async () => {
    const dir = tempDir();
    const store = createFileBookmarkService(dir);
    await store['bookmarks:add']({ target, title: 'Acknowledged' });
    writeFileSync(
      join(dir, JOURNAL_FILE),
      readFileSync(join(dir, JOURNAL_FILE), 'utf8') + '{"v":2,"changes":[{"op":"set","bookm',
    );
    const reopened = createFileBookmarkService(dir);
    expect(await reopened['bookmarks:list'](undefined)).toMatchObject({
      bookmarks: [{ title: 'Acknowledged' }],
      notice: null,
    });
    await reopened['bookmarks:add']({ target: { ...target, documentId: 'next' }, title: 'Next' });
    expect((await createFileBookmarkService(dir)['bookmarks:list'](undefined)).bookmarks.map((b) => b.title)).toEqual([
      'Acknowledged',
      'Next',
    ]);
  });

  it('keeps the changes before a damaged journal line, moves the journal aside and tells the user', async () => {
    const dir = tempDir();
    const store = createFileBookmarkService(dir);
    await store['bookmarks:add']({ target, title: 'Before' });
    await store['bookmarks:add']({ target: { ...target, documentId: 'x' }, title: 'After' });
    const lines = readFileSync(join(dir, JOURNAL_FILE), 'utf8').split('\n');
    writeFileSync(join(dir, JOURNAL_FILE), [lines[0], 'garbage', lines[1], ''].join('\n'));
    const state = await createFileBookmarkService(dir)['bookmarks:list'](undefined);
    expect(state.bookmarks.map((b) => b.title)).toEqual(['Before']);
    expect(state.notice?.message).toMatch(/journal line 2 is damaged.*moved to bookmarks\.unreadable-.*\.journal/);
    expect(readdirSync(dir).filter((name) => name.endsWith('.journal') && name.includes('unreadable'))).toHaveLength(1);
    expect(readJson(join(dir, BOOKMARK_FILE)).bookmarks.map((b) => b.title)).toEqual(['Before']);
  });

  it('skips validating a snapshot whose checksum matches, and validates (and recovers) one that was changed behind its back', async () => {
    const dir = tempDir();
    const store = createFileBookmarkService(dir, { compactAfter: 0 });
    await store['bookmarks:add']({ target, title: 'One' });
    await store['bookmarks:add']({ target: { ...target, documentId: 'two' }, title: 'Two' });
    const snapshot = join(dir, BOOKMARK_FILE);
    // A title the schema refuses: loaded only if validation was skipped.
    const edited = readFileSync(snapshot, 'utf8').replace('"title":"Two"', '"title":""');
    writeFileSync(snapshot, edited);
    const state = await createFileBookmarkService(dir)['bookmarks:list'](undefined);
    expect(state.bookmarks.map((b) => b.title)).toEqual(['One']);
    expect(state.notice?.message).toMatch(
      /could not be read \(not a valid version 2 bookmarks file: bookmarks\.1\.title/,
    );

    writeFileSync(snapshot, edited);
    writeFileSync(join(dir, CHECKSUM_FILE), checksumRecord(edited));
    expect((await createFileBookmarkService(dir)['bookmarks:list'](undefined)).bookmarks.map((b) => b.title)).toEqual([
      'One',
      '',
    ]);
  });

  it('removes temp files a crash left behind, and nothing else', async () => {
    const dir = tempDir();
    const store = createFileBookmarkService(dir);
    await store['bookmarks:add']({ target, title: 'One' });
    writeFileSync(join(dir, `${BOOKMARK_FILE}.1a2b3c4d`), '{"half');
    writeFileSync(join(dir, `${LAST_GOOD_FILE}.tmp`), '');
    writeFileSync(join(dir, 'bookmarks.unreadable-2025.json'), 'old');
    await createFileBookmarkService(dir)['bookmarks:list'](undefined);
    expect(readdirSync(dir).sort()).toEqual([JOURNAL_FILE, 'bookmarks.unreadable-2025.json']);
  });

  describe('a crash after a new snapshot is written but before the journal is emptied', () => {
    // The journal's clear() fails as a crash at that moment would: the snapshot is on disk, the old lines are not gone.
    const crashingClear = async (path: string) => ({
      ...(await openJournalFile(path)),
      clear: () => Promise.reject(new Error('power cut')),
    });

    it('does not bring back a bookmark deleted by the operation that wrote the snapshot', async () => {
      const dir = tempDir();
      const store = createFileBookmarkService(dir, { compactAfter: 2, openJournal: crashingClear });
      const gone = await store['bookmarks:add']({ target, title: 'Deleted later' });
      await store['bookmarks:add']({ target: { ...target, documentId: 'kept' }, title: 'Kept' });
      await expect(store['bookmarks:remove']({ ids: [gone.id] })).rejects.toThrow('power cut');
      expect(readFileSync(join(dir, JOURNAL_FILE), 'utf8').trim().split('\n')).toHaveLength(2);
      const reopened = await createFileBookmarkService(dir)['bookmarks:list'](undefined);
      expect(reopened).toMatchObject({ bookmarks: [{ title: 'Kept' }], notice: null });
    });

    it('does not revert an edit made by that operation, and later changes load on top of it', async () => {
      const dir = tempDir();
      const store = createFileBookmarkService(dir, { compactAfter: 2, openJournal: crashingClear });
      const one = await store['bookmarks:add']({ target, title: 'One' });
      await store['bookmarks:update']({ id: one.id, note: 'first note' });
      await expect(store['bookmarks:update']({ id: one.id, note: 'final note' })).rejects.toThrow('power cut');
      const reopened = createFileBookmarkService(dir);
      expect((await reopened['bookmarks:list'](undefined)).bookmarks.map((b) => b.note)).toEqual(['final note']);
      // The stale lines were folded away at load, so the next line is the only one and extends the current snapshot.
      expect(readFileSync(join(dir, JOURNAL_FILE), 'utf8')).toBe('');
      await reopened['bookmarks:add']({ target: { ...target, documentId: 'two' }, title: 'Two' });
      const again = await createFileBookmarkService(dir)['bookmarks:list'](undefined);
      expect(again.bookmarks.map((b) => [b.title, b.note])).toEqual([
        ['One', 'final note'],
        ['Two', ''],
      ]);
    });
  });
});
