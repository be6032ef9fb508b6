import { describe, expect, it } from 'vitest';
import { buildApi, type PolcoopApi } from '../../../common/contract/ipc-api';
import type { IpcResult } from '../../../common/contract/ipc-contract';

/** A transport to one store implementation; `reopen` gives a fresh store over the same saved data, as after a restart. */
export interface ContractSubject {
  invoke: (channel: string, input: unknown) => Promise<IpcResult<unknown>>;
  reopen: () => Promise<ContractSubject>;
}

type BookmarksApi = PolcoopApi['bookmarks'];

function api(subject: ContractSubject): BookmarksApi {
  return buildApi((channel, input) => subject.invoke(channel, input)).bookmarks;
}

function value<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const target = (documentId: string, anchor?: string) => ({
  documentId,
  kind: 'instrument' as const,
  ...(anchor ? { anchor } : {}),
});
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"';

/** The behaviour every bookmark store must show, run against the Electron handlers and the IndexedDB store alike. */
export function describeBookmarkContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`bookmark contract: ${name}`, () => {
    it('starts empty, saves a bookmark and still has it after a restart', async () => {
      const subject = await open();
      expect(value(await api(subject).list())).toEqual({ folders: [], bookmarks: [], notice: null });
      const saved = value(
        await api(subject).add({
          target: target('prum-decision', 'article-5'),
          title: 'Prüm Decision',
          tags: ['dna'],
          note: 'check art. 5',
        }),
      );
      expect(saved).toMatchObject({ title: 'Prüm Decision', folderId: null, tags: ['dna'], note: 'check art. 5' });
      const reopened = await subject.reopen();
      expect(value(await api(reopened).list()).bookmarks).toEqual([saved]);
    });

    it('updates title, tags and note, keeping the creation time', async () => {
      const subject = await open();
      const saved = value(await api(subject).add({ target: target('pnr-directive'), title: 'PNR' }));
      const updated = value(
        await api(subject).update({
          id: saved.id,
          title: 'PNR Directive',
          tags: ['pnr', 'pnr', 'air'],
          note: 'new note',
        }),
      );
      expect(updated).toMatchObject({
        id: saved.id,
        title: 'PNR Directive',
        tags: ['pnr', 'air'],
        note: 'new note',
        createdAt: saved.createdAt,
      });
      expect(value(await api(await subject.reopen()).list()).bookmarks).toEqual([updated]);
    });

    it('removes several bookmarks at once and restores them exactly (undo)', async () => {
      const subject = await open();
      const a = value(await api(subject).add({ target: target('a'), title: 'A' }));
      const b = value(await api(subject).add({ target: target('b'), title: 'B' }));
      const c = value(await api(subject).add({ target: target('c'), title: 'C' }));
      const { removed } = value(await api(subject).remove({ ids: [a.id, c.id] }));
      expect(removed.map((bookmark) => bookmark.id).sort()).toEqual([a.id, c.id].sort());
      expect(value(await api(subject).list()).bookmarks).toEqual([b]);
      value(await api(subject).restore({ bookmarks: removed }));
      const after = value(await api(await subject.reopen()).list()).bookmarks;
      expect(after.sort((x, y) => x.title.localeCompare(y.title))).toEqual([a, b, c]);
    });

    it('keeps folders one level deep, renames, reorders and removes them without losing bookmarks', async () => {
      const subject = await open();
      const bookmarks = api(subject);
      const work = value(await bookmarks.addFolder({ name: 'Work' }));
      const cases = value(await bookmarks.addFolder({ name: 'Cases', parentId: work.id }));
      const later = value(await bookmarks.addFolder({ name: 'Later' }));
      const nested = await bookmarks.addFolder({ name: 'Too deep', parentId: cases.id });
      expect(nested).toMatchObject({
        ok: false,
        error: { code: 'failed', message: expect.stringContaining('one level') },
      });
      expect(await bookmarks.addFolder({ name: 'work' })).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('already exists') },
      });
      const saved = value(await bookmarks.add({ target: target('siena'), title: 'SIENA', folderId: cases.id }));
      value(await bookmarks.renameFolder({ id: work.id, name: 'Daily work' }));
      value(await bookmarks.moveFolder({ id: later.id, parentId: null, index: 0 }));
      let state = value(await bookmarks.list());
      expect(state.folders.filter((f) => f.parentId === null).map((f) => f.name)).toEqual(['Later', 'Daily work']);
      const moved = value(await bookmarks.move({ ids: [saved.id], folderId: later.id }));
      expect(moved.moved[0]?.folderId).toBe(later.id);
      expect(value(await bookmarks.removeFolder({ id: later.id }))).toMatchObject({ movedBookmarks: 1 });
      state = value(await api(await subject.reopen()).list());
      expect(state.bookmarks).toEqual([expect.objectContaining({ id: saved.id, folderId: null })]);
      expect(state.folders.map((f) => f.name)).toEqual(['Daily work', 'Cases']);
    });

    it('runs concurrent calls one at a time, in call order', async () => {
      const subject = await open();
      const bookmarks = api(subject);
      const adds = Array.from({ length: 40 }, (_, index) =>
        bookmarks.add({ target: target(`doc-${index}`), title: `Doc ${index}` }),
      );
      const first = value(await adds[0]!);
      // Sent before the other adds have finished: it must still run after all of them, and see the first.
      const removal = bookmarks.remove({ ids: [first.id] });
      const results = await Promise.all([...adds, removal]);
      expect(results.every((result) => result.ok)).toBe(true);
      const state = value(await api(await subject.reopen()).list());
      expect(state.bookmarks.map((b) => b.title)).toEqual(Array.from({ length: 39 }, (_, index) => `Doc ${index + 1}`));
      expect(new Set(state.bookmarks.map((b) => b.id)).size).toBe(39);
    });

    it('keeps HTML and script in titles and notes as plain text, and escapes them in the HTML export', async () => {
      const subject = await open();
      value(await api(subject).add({ target: target('x'), title: HOSTILE, note: HOSTILE, tags: ['<b>tag</b>'] }));
      const [saved] = value(await api(await subject.reopen()).list()).bookmarks;
      expect(saved).toMatchObject({ title: HOSTILE, note: HOSTILE, tags: ['<b>tag</b>'] });
      const html = value(await api(subject).export({ format: 'html', pageUrl: 'app://polcoop/index.html' })).content;
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(html).toContain('HREF="app://polcoop/index.html#/doc/x"');
    });

    it('exports JSON, previews an import without changing anything, then merges it back after a clear', async () => {
      const subject = await open();
      const bookmarks = api(subject);
      const folder = value(await bookmarks.addFolder({ name: 'Prüm' }));
      const dna = value(
        await bookmarks.add({
          target: target('prum', 'dna'),
          title: 'DNA',
          folderId: folder.id,
          note: 'hit/no-hit',
          tags: ['dna'],
        }),
      );
      const pnr = value(await bookmarks.add({ target: target('pnr'), title: 'PNR', tags: ['air'] }));
      const exported = value(await bookmarks.export({ format: 'json' }));
      expect(exported.fileName).toMatch(/^polcoop-bookmarks-\d{4}-\d{2}-\d{2}\.json$/);
      value(await bookmarks.remove({ ids: [dna.id, pnr.id] }));
      value(await bookmarks.removeFolder({ id: folder.id }));
      value(await bookmarks.add({ target: target('pnr'), title: 'PNR again', note: 'mine' }));

      const preview = value(await bookmarks.import({ content: exported.content, apply: false }));
      expect(preview).toMatchObject({ applied: false, added: 1, merged: 1, skipped: 0, foldersAdded: ['Prüm'] });
      expect(preview.items).toEqual([
        { action: 'add', title: 'DNA', target: dna.target, folder: 'Prüm' },
        { action: 'merge', title: 'PNR again', target: pnr.target, folder: null },
      ]);
      expect(value(await bookmarks.list()).bookmarks).toHaveLength(1);

      expect(value(await bookmarks.import({ content: exported.content, apply: true }))).toMatchObject({
        applied: true,
        added: 1,
        merged: 1,
      });
      const state = value(await api(await subject.reopen()).list());
      expect(state.folders.map((f) => f.name)).toEqual(['Prüm']);
      expect(state.bookmarks.map((b) => [b.title, b.note, b.tags, b.folderId === null ? null : 'Prüm'])).toEqual([
        ['PNR again', 'mine', ['air'], null],
        ['DNA', 'hit/no-hit', ['dna'], 'Prüm'],
      ]);
      const again = value(await bookmarks.import({ content: exported.content, apply: true }));
      expect(again).toMatchObject({ added: 0, merged: 0, skipped: 2 });
    });

    describe('refuses bad input with a clear message and changes nothing', () => {
      const proto = (json: string) => JSON.parse(json) as unknown;
      const validBookmark = {
        id: 'b1',
        target: target('x'),
        title: 'X',
        folderId: null,
        tags: [],
        note: '',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
      };
      const cases: Array<[string, string, unknown]> = [
        ['list with input', 'bookmarks:list', { all: true }],
        ['add without a target', 'bookmarks:add', { title: 'X' }],
        ['add with a wrong type', 'bookmarks:add', { target: target('x'), title: 42 }],
        ['add with an unknown field', 'bookmarks:add', { target: target('x'), title: 'X', evil: true }],
        [
          'add with an unknown target kind',
          'bookmarks:add',
          { target: { documentId: 'x', kind: 'script' }, title: 'X' },
        ],
        ['add with an empty title', 'bookmarks:add', { target: target('x'), title: '   ' }],
        ['add with a huge note', 'bookmarks:add', { target: target('x'), title: 'X', note: 'n'.repeat(20_001) }],
        [
          'add with __proto__',
          'bookmarks:add',
          proto('{"target":{"documentId":"x","kind":"page"},"title":"X","__proto__":{"polluted":true}}'),
        ],
        [
          'add with __proto__ in the target',
          'bookmarks:add',
          proto('{"target":{"documentId":"x","kind":"page","__proto__":{"a":1}},"title":"X"}'),
        ],
        [
          'add with constructor',
          'bookmarks:add',
          proto('{"target":{"documentId":"x","kind":"page"},"title":"X","constructor":{"prototype":{}}}'),
        ],
        ['add as a string', 'bookmarks:add', '{"title":"X"}'],
        ['add as null', 'bookmarks:add', null],
        ['update with a bad id', 'bookmarks:update', { id: '../../etc', title: 'X' }],
        ['update with tags as a string', 'bookmarks:update', { id: 'b1', tags: 'a,b' }],
        ['remove with no ids', 'bookmarks:remove', { ids: [] }],
        ['remove with a number id', 'bookmarks:remove', { ids: [1] }],
        [
          'restore with a malformed bookmark',
          'bookmarks:restore',
          { bookmarks: [{ ...validBookmark, createdAt: 'yesterday' }] },
        ],
        ['restore with an extra field', 'bookmarks:restore', { bookmarks: [{ ...validBookmark, html: '<b>' }] }],
        ['move without a folder', 'bookmarks:move', { ids: ['b1'] }],
        ['addFolder with a number name', 'bookmarks:addFolder', { name: 7 }],
        ['renameFolder with an empty name', 'bookmarks:renameFolder', { id: 'f1', name: '' }],
        ['moveFolder to a negative index', 'bookmarks:moveFolder', { id: 'f1', parentId: null, index: -1 }],
        ['removeFolder with constructor', 'bookmarks:removeFolder', proto('{"id":"f1","constructor":1}')],
        ['export in an unknown format', 'bookmarks:export', { format: 'csv' }],
        ['export html without a page', 'bookmarks:export', { format: 'html' }],
        ['import without apply', 'bookmarks:import', { content: '{}' }],
        ['import with binary content', 'bookmarks:import', { content: [1, 2, 3], apply: true }],
        ['an unknown channel', 'bookmarks:drop', {}],
      ];
      it.each(cases)('%s', async (_label, channel, input) => {
        const subject = await open();
        value(await api(subject).add({ target: target('kept'), title: 'Kept' }));
        const before = value(await api(subject).list());
        const result = await subject.invoke(channel, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/\S/) } });
        expect(value(await api(subject).list())).toEqual(before);
        expect(value(await api(await subject.reopen()).list())).toEqual(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });

      it('refuses operations on ids that do not exist, all or nothing', async () => {
        const subject = await open();
        const kept = value(await api(subject).add({ target: target('kept'), title: 'Kept' }));
        const before = value(await api(subject).list());
        expect(await api(subject).remove({ ids: [kept.id, 'missing'] })).toMatchObject({
          ok: false,
          error: { code: 'failed', message: 'no bookmark with id missing' },
        });
        expect(await api(subject).update({ id: 'missing', title: 'Y' })).toMatchObject({
          ok: false,
          error: { code: 'failed' },
        });
        expect(await api(subject).move({ ids: [kept.id], folderId: 'nofolder' })).toMatchObject({
          ok: false,
          error: { message: 'no folder with id nofolder' },
        });
        expect(value(await api(await subject.reopen()).list())).toEqual(before);
      });
    });

    describe('import refuses bad files and changes nothing', () => {
      const file = (overrides: Record<string, unknown>) =>
        JSON.stringify({ format: 'polcoop-bookmarks', version: 2, folders: [], bookmarks: [], ...overrides });
      const tenMegabytes = file({ bookmarks: [], padding: 'x'.repeat(10 * 1024 * 1024) });
      const cases: Array<[string, string, RegExp]> = [
        ['malformed JSON', '{"format": "polcoop-bookmarks", ', /not valid JSON/],
        ['an empty file', '', /not valid JSON/],
        ['JSON that is not ours', '{"roots": {"bookmark_bar": {}}}', /not a bookmarks file/],
        ['an array', '[1, 2]', /not a bookmarks file/],
        ['an unknown newer version', file({ version: 3 }), /version 3 is unknown.*newer app/],
        ['version zero', file({ version: 0 }), /version 0 is unknown/],
        ['a version given as text', file({ version: '2' }), /version "2" is unknown/],
        ['wrong types', file({ bookmarks: [{ id: 'a', title: 5 }] }), /bookmarks\.0\./],
        ['an unknown field', file({ extra: 1 }), /Unrecognized key/],
        [
          'a folder nested two levels',
          file({
            folders: [
              { id: 'a', name: 'A', parentId: null },
              { id: 'b', name: 'B', parentId: 'a' },
              { id: 'c', name: 'C', parentId: 'b' },
            ],
          }),
          /one level/,
        ],
        [
          'a __proto__ key',
          '{"format":"polcoop-bookmarks","version":2,"folders":[],"bookmarks":[],"__proto__":{"polluted":1}}',
          /forbidden key "__proto__"/,
        ],
        [
          'a nested constructor key',
          file({ bookmarks: [{ constructor: { prototype: { polluted: 1 } } }] }),
          /forbidden key "bookmarks\.0\.constructor"/,
        ],
        ['a 10 MB file', tenMegabytes, /10\.0 MB.*over 5\.0 MB/],
      ];
      it.each(cases)('%s', async (_label, content, message) => {
        const subject = await open();
        value(await api(subject).add({ target: target('kept'), title: 'Kept' }));
        const before = value(await api(subject).list());
        for (const apply of [false, true]) {
          const result = await api(subject).import({ content, apply });
          expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
          if (!result.ok) expect(result.error.message).toMatch(/nothing was (changed|imported)/);
        }
        expect(value(await api(await subject.reopen()).list())).toEqual(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    });
  });
}
