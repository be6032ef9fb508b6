import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSampleBundle, type SampleBundle } from '../../../build/packs/sample-bundle';
import { readPointer } from '../../../electron/content-packs/pack-pointer';
import { createPackService, type PackService, type ServedContent } from '../../../electron/content-packs/pack-service';
import { resolveActivePack } from '../../../electron/content-packs/pack-startup';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../../../electron/content-packs/zip-limits';
import type { BookmarkState } from '../../../common/bookmarks/bookmark-schema';
import { cleanup, resign, rezip, samplePack, snapshot, tempDir, testKey } from './pack-fixture';

const dirs: string[] = [];
afterEach(() => cleanup(dirs));

const key = testKey();
const stranger = testKey('unknown');

const v1: SampleBundle = {
  version: '2026.11.0',
  documents: [
    { id: 'prum', title: 'Prüm Decision' },
    { id: 'sis', title: 'SIS Regulation' },
    { id: 'old', title: 'Swedish Initiative' },
  ],
};
const v2: SampleBundle = {
  version: '2026.12.0',
  documents: [
    { id: 'prum', title: 'Prüm Decision', text: 'amended' },
    { id: 'sis', title: 'SIS Regulation' },
    { id: 'dir', title: 'Directive 2023/977' },
  ],
};

const bookmark = (id: string, documentId: string, title: string): BookmarkState['bookmarks'][number] => ({
  id,
  title,
  target: { documentId, kind: 'instrument' },
  folderId: null,
  tags: [],
  note: '',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

interface World {
  root: string;
  builtIn: string;
  service: (served?: ServedContent, limits?: ZipLimits) => PackService;
}

function world(): World {
  const base = tempDir(dirs);
  const builtIn = join(base, 'built-in');
  writeSampleBundle(builtIn, v1);
  const root = join(base, 'user-data', 'content-packs');
  mkdirSync(root, { recursive: true });
  return {
    root,
    builtIn,
    service: (
      served = { bundleDir: builtIn, version: v1.version, contentDate: '2026-11-28', source: 'built-in' },
      limits = DEFAULT_ZIP_LIMITS,
    ) =>
      createPackService({
        root,
        keys: [key.trusted],
        limits,
        bundleId: 'eu-police-cooperation',
        appVersion: '0.1.0',
        served: () => served,
        builtInBundleDir: builtIn,
        notices: [],
        bookmarks: () =>
          Promise.resolve([
            bookmark('b1', 'prum', 'Prüm: exchange'),
            bookmark('b2', 'old', 'Old rules'),
            bookmark('b3', 'sis', 'SIS'),
          ]),
      }),
  };
}

async function installed(w: World, sample: SampleBundle): Promise<void> {
  const service = w.service();
  const preview = await service.preview(samplePack(dirs, key, sample));
  if (preview.outcome !== 'ready') throw new Error(JSON.stringify(preview));
  expect(await service.install(preview.preview.token, true)).toMatchObject({ outcome: 'switched' });
}

describe('pack service: import', () => {
  it('previews the documents added, changed and removed and the bookmarks affected, then installs and switches', async () => {
    const w = world();
    const service = w.service();
    const preview = await service.preview(samplePack(dirs, key, v2));
    expect(preview.outcome).toBe('ready');
    if (preview.outcome !== 'ready') return;
    expect(preview.preview).toMatchObject({ version: '2026.12.0', currentVersion: '2026.11.0', downgrade: null });
    expect(preview.preview.changes).toEqual({
      added: [{ id: 'dir', title: 'Directive 2023/977', kind: 'instrument' }],
      changed: [{ id: 'prum', title: 'Prüm Decision', kind: 'instrument' }],
      removed: [{ id: 'old', title: 'Swedish Initiative', kind: 'instrument' }],
    });
    expect(preview.preview.bookmarks).toEqual([
      { id: 'b1', title: 'Prüm: exchange', documentId: 'prum', change: 'changed' },
      { id: 'b2', title: 'Old rules', documentId: 'old', change: 'removed' },
    ]);
    expect((await readPointer(w.root)).pointer.current).toBeNull();
    expect(await service.install(preview.preview.token, false)).toEqual({ outcome: 'switched', version: '2026.12.0' });
    const { pointer } = await readPointer(w.root);
    expect(pointer.current).toMatch(/^2026\.12\.0-[0-9a-f]{12}$/);
    expect(pointer.previous).toBeNull();
    const active = await resolveActivePack(w.root, {
      keys: [key.trusted],
      bundleId: 'eu-police-cooperation',
      appVersion: '0.1.0',
    });
    expect(active.manifest?.version).toBe('2026.12.0');
    expect(JSON.parse(readFileSync(join(active.bundleDir ?? '', 'bundle.json'), 'utf8')).version).toBe('2026.12.0');
    expect(await service.whatsNew()).toMatchObject({
      fromVersion: '2026.11.0',
      toVersion: '2026.12.0',
      changes: preview.preview.changes,
    });
    expect(readdirSync(w.root).filter((name) => name.startsWith('.staging-'))).toEqual([]);
  });

  it('previews and installs a 10,000-document pack (one body file each) within the default zip limits', async () => {
    const w = world();
    const service = w.service();
    const documents = Array.from({ length: 10_000 }, (_, i) => ({
      id: `synthetic-${i}`,
      title: `Synthetic document ${i}`,
      text: `Body of synthetic document ${i}. `.repeat(8),
    }));
    const preview = await service.preview(samplePack(dirs, key, { version: '2026.12.0', documents }));
    expect(preview.outcome).toBe('ready');
    if (preview.outcome !== 'ready') return;
    expect(preview.preview.changes.added).toHaveLength(10_000);
    expect(await service.install(preview.preview.token, false)).toEqual({ outcome: 'switched', version: '2026.12.0' });
    const active = await resolveActivePack(w.root, {
      keys: [key.trusted],
      bundleId: 'eu-police-cooperation',
      appVersion: '0.1.0',
    });
    expect(readdirSync(join(active.bundleDir ?? '', 'documents'))).toHaveLength(10_000);
    // Removing some 30,000 files takes longer than the shared clean-up hook may.
    cleanup(dirs);
  }, 300_000);

  it('asks for confirmation before installing content that is not newer, and installs it once confirmed', async () => {
    const w = world();
    const service = w.service({
      bundleDir: w.builtIn,
      version: '2026.12.5',
      contentDate: '2026-12-20',
      source: 'built-in',
    });
    const preview = await service.preview(samplePack(dirs, key, v2));
    if (preview.outcome !== 'ready') throw new Error('not ready');
    expect(preview.preview.downgrade).toContain('older than the content in use (2026.12.5)');
    const before = snapshot(w.root);
    expect(await service.install(preview.preview.token, false)).toMatchObject({
      outcome: 'refused',
      reason: expect.stringContaining('confirm'),
    });
    expect(snapshot(w.root)).toEqual(before);
    expect(await service.install(preview.preview.token, true)).toMatchObject({
      outcome: 'switched',
      version: '2026.12.0',
    });
  });

  it('refuses a stale token', async () => {
    const w = world();
    expect(await w.service().install('no-such-token', true)).toMatchObject({
      outcome: 'refused',
      reason: expect.stringContaining('import it again'),
    });
  });

  it('keeps the previous pack: revert goes back to it, and from a first pack back to the built-in bundle', async () => {
    const w = world();
    await installed(w, v2);
    const v3: SampleBundle = {
      ...v2,
      version: '2027.1.0',
      documents: [...v2.documents, { id: 'pnr', title: 'PNR Directive' }],
    };
    await installed(w, v3);
    const first = await readPointer(w.root);
    expect(first.pointer.current).toMatch(/^2027\.1\.0-/);
    expect(first.pointer.previous).toMatch(/^2026\.12\.0-/);
    const activeBundle = join(w.root, first.pointer.current ?? '', 'bundle');
    const service = w.service({
      bundleDir: activeBundle,
      version: '2027.1.0',
      contentDate: '2026-11-28',
      source: 'pack',
    });
    expect(await service.revert()).toEqual({ outcome: 'switched', version: '2026.12.0' });
    expect((await readPointer(w.root)).pointer).toMatchObject({
      current: first.pointer.previous,
      previous: first.pointer.current,
    });
    expect(await service.whatsNew()).toMatchObject({
      fromVersion: '2027.1.0',
      toVersion: '2026.12.0',
      changes: { removed: [{ id: 'pnr' }] },
    });
    const w2 = world();
    await installed(w2, v2);
    expect(await w2.service().revert()).toEqual({ outcome: 'switched', version: '2026.11.0' });
    expect((await readPointer(w2.root)).pointer.current).toBeNull();
    expect(await w2.service().revert()).toMatchObject({
      outcome: 'refused',
      reason: expect.stringContaining('built-in content is in use'),
    });
  });

  it('reports progress from 0 to 1 while unpacking', async () => {
    const w = world();
    const seen: number[] = [];
    const service = createPackService({
      root: w.root,
      keys: [key.trusted],
      limits: DEFAULT_ZIP_LIMITS,
      bundleId: 'eu-police-cooperation',
      appVersion: '0.1.0',
      served: () => ({ bundleDir: w.builtIn, version: v1.version, contentDate: '2026-11-28', source: 'built-in' }),
      builtInBundleDir: w.builtIn,
      notices: [],
      onProgress: (fraction) => seen.push(fraction),
    });
    await service.preview(samplePack(dirs, key, { ...v2, padding: 3_000_000 }));
    expect(seen.length).toBeGreaterThan(5);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('pack service: bad input is refused with the reason, and the installed content is unchanged', () => {
  let w: World;
  let good: string;
  beforeEach(async () => {
    w = world();
    await installed(w, v2);
    good = samplePack(dirs, key, { ...v2, version: '2027.1.0' });
  });

  const cases: Array<[string, () => string, RegExp, ZipLimits?]> = [
    [
      'an unsigned pack',
      () => rezip(dirs, good, (e) => delete e['manifest.sig']),
      /not signed: manifest\.sig is missing/,
    ],
    [
      'a signature by an unknown key',
      () => samplePack(dirs, stranger, { ...v2, version: '2027.1.0' }),
      /not by a trusted key/,
    ],
    [
      'a manifest changed after signing',
      () =>
        rezip(dirs, good, (e) => (e['manifest.json'] = Buffer.from(readManifest(e).replace('2027.1.0', '2027.9.0')))),
      /not by a trusted key, or manifest\.json was changed/,
    ],
    [
      'a modified file',
      () =>
        rezip(
          dirs,
          good,
          (e) =>
            (e['bundle.json'] = Buffer.from(
              Buffer.from(e['bundle.json'] as Uint8Array)
                .toString()
                .replace('Prüm', 'Prum'),
            )),
        ),
      /bundle\.json has been changed/,
    ],
    [
      'a missing file',
      () => rezip(dirs, good, (e) => delete e['search-index.json']),
      /search-index\.json is listed in the manifest but missing/,
    ],
    [
      'an extra file',
      () => rezip(dirs, good, (e) => (e['payload.js'] = Buffer.from('alert(1)'))),
      /payload\.js is not listed in the manifest/,
    ],
    [
      'a ../ path',
      () => rezip(dirs, good, (e) => (e['../escape.json'] = Buffer.from('{}'))),
      /"\.\.\/escape\.json" would be written outside the pack folder/,
    ],
    [
      'a zip-slip path inside a folder',
      () => rezip(dirs, good, (e) => (e['data/../../../escape.json'] = Buffer.from('{}'))),
      /outside the pack folder/,
    ],
    [
      'an absolute path',
      () => rezip(dirs, good, (e) => (e['/tmp/escape.json'] = Buffer.from('{}'))),
      /outside the pack folder/,
    ],
    [
      'a Windows path',
      () => rezip(dirs, good, (e) => (e['..\\escape.json'] = Buffer.from('{}'))),
      /outside the pack folder/,
    ],
    [
      'a symbolic link entry',
      () => rezip(dirs, good, (e) => (e['link.json'] = [Buffer.from('/etc/passwd'), { os: 3, attrs: 0o120777 << 16 }])),
      /"link\.json" is a symbolic link/,
    ],
    [
      'a zip bomb (ratio)',
      () => rezip(dirs, good, (e) => (e['bomb.json'] = [new Uint8Array(40 * 1024 * 1024), { level: 9 }])),
      /bomb\.json expands more than 200 times/,
    ],
    [
      'a zip bomb (total size)',
      () =>
        rezip(
          dirs,
          good,
          (e) => (e['big.json'] = [new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 7919) % 251), { level: 0 }]),
        ),
      /more than the 2097152 a pack may hold/,
      { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 2 * 1024 * 1024 },
    ],
    ['a truncated archive', () => truncated(good, 0.6), /truncated/],
    ['an archive cut at its last byte', () => truncated(good, -1), /truncated/],
    ['not a zip file at all', () => writeTemp(Buffer.from('just some text, not a pack')), /not a zip file/],
    [
      'a wrong bundle id',
      () => samplePack(dirs, key, { ...v2, version: '2027.1.0', bundleId: 'another-reference' }),
      /holds "another-reference", not this reference/,
    ],
    [
      'a pack for a newer app',
      () => samplePack(dirs, key, { ...v2, version: '2027.1.0' }, '9.0.0'),
      /needs version 9\.0\.0 of the app or later/,
    ],
    [
      'a manifest of an unknown format version',
      () => rezip(dirs, good, (e) => resign(e, { ...JSON.parse(readManifest(e)), packFormat: 2 }, key)),
      /format version 2; this app reads version 1 only/,
    ],
    [
      'a manifest that does not fit the schema',
      () => rezip(dirs, good, (e) => resign(e, { ...JSON.parse(readManifest(e)), files: 'all' }, key)),
      /does not describe a content pack: files/,
    ],
    [
      'a manifest listing a path outside the folder',
      () =>
        rezip(dirs, good, (e) =>
          resign(
            e,
            { ...JSON.parse(readManifest(e)), files: [{ path: '../x', size: 1, sha256: 'a'.repeat(64) }] },
            key,
          ),
        ),
      /unusable path/,
    ],
  ];

  for (const [name, make, reason, limits] of cases) {
    it(`refuses ${name}`, async () => {
      const file = make();
      const before = snapshot(w.root);
      const service = w.service(undefined, limits);
      const result = await service.preview(file);
      expect(result).toMatchObject({ outcome: 'refused', reason: expect.stringMatching(reason) });
      expect(snapshot(w.root)).toEqual(before);
      const active = await resolveActivePack(w.root, {
        keys: [key.trusted],
        bundleId: 'eu-police-cooperation',
        appVersion: '0.1.0',
      });
      expect(active.manifest?.version).toBe('2026.12.0');
      expect(active.notices).toEqual([]);
    });
  }

  function readManifest(entries: Record<string, unknown>): string {
    return Buffer.from(entries['manifest.json'] as Uint8Array).toString('utf8');
  }
  function writeTemp(data: Uint8Array): string {
    const file = join(tempDir(dirs), 'bad.polcoop');
    writeFileSync(file, data);
    return file;
  }
  function truncated(file: string, fraction: number): string {
    const data = readFileSync(file);
    return writeTemp(data.subarray(0, fraction < 0 ? data.length - 1 : Math.floor(data.length * fraction)));
  }
});
