import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT } from '../../content/model/formats';
import { verifyBundle } from '../../electron/bundle-verification';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function entry(path: string, data: string) {
  return { path, size: Buffer.byteLength(data), sha256: createHash('sha256').update(data).digest('hex') };
}

function makeBundle(
  files: Record<string, string> = { 'bundle.json': '{"documents":[]}', 'search-index.json': '{"index":1}' },
  manifestFiles = Object.entries(files).map(([p, d]) => entry(p, d)),
): string {
  const dir = mkdtempSync(join(tmpdir(), 'polcoop-bundle-'));
  dirs.push(dir);
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  const manifest = {
    format: BUNDLE_FORMAT,
    bundleId: 'eu-police-cooperation',
    version: '2026.11.0',
    contentDate: '2026-11-28',
    compilerVersion: '1.0.0',
    files: manifestFiles,
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe('bundle verification', () => {
  it('accepts an intact bundle and returns its manifest and manifest hash', async () => {
    const result = await verifyBundle(makeBundle());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.manifest.manifest.bundleId).toBe('eu-police-cooperation');
      expect(result.manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  const dist = join(process.cwd(), 'dist', 'bundle');
  it.skipIf(!existsSync(join(dist, 'manifest.json')))('accepts the bundle the compiler built in dist/', async () => {
    expect(await verifyBundle(dist)).toMatchObject({ ok: true });
  });

  it('names a tampered file, even when its size is unchanged', async () => {
    const dir = makeBundle();
    writeFileSync(join(dir, 'bundle.json'), '{"documents":{}}');
    expect(await verifyBundle(dir)).toEqual({
      ok: false,
      problems: [
        {
          file: 'bundle.json',
          reason: 'tampered',
          message: 'bundle.json has been changed: its SHA-256 does not match the manifest',
        },
      ],
    });
  });

  it('checks each document body file in documents/ like any other file, naming the one changed', async () => {
    const dir = makeBundle({
      'bundle.json': '{"documents":[]}',
      'documents/europol.json': '{"html":"<p>Europol</p>"}',
      'documents/prum.json': '{"html":"<p>Prum</p>"}',
    });
    expect(await verifyBundle(dir)).toMatchObject({ ok: true });
    writeFileSync(join(dir, 'documents', 'prum.json'), '{"html":"<p>Prux</p>"}');
    rmSync(join(dir, 'documents', 'europol.json'));
    expect(await verifyBundle(dir)).toEqual({
      ok: false,
      problems: [
        {
          file: 'documents/europol.json',
          reason: 'missing',
          message: 'documents/europol.json is listed in the manifest but missing',
        },
        {
          file: 'documents/prum.json',
          reason: 'tampered',
          message: 'documents/prum.json has been changed: its SHA-256 does not match the manifest',
        },
      ],
    });
  });

  it('names a file that grew', async () => {
    const dir = makeBundle();
    appendFileSync(join(dir, 'search-index.json'), ' ');
    expect(await verifyBundle(dir)).toMatchObject({
      ok: false,
      problems: [{ file: 'search-index.json', reason: 'tampered' }],
    });
  });

  it('names a missing file', async () => {
    const dir = makeBundle();
    rmSync(join(dir, 'search-index.json'));
    expect(await verifyBundle(dir)).toEqual({
      ok: false,
      problems: [
        {
          file: 'search-index.json',
          reason: 'missing',
          message: 'search-index.json is listed in the manifest but missing',
        },
      ],
    });
  });

  it('names an extra file, also in a subfolder', async () => {
    const dir = makeBundle();
    writeFileSync(join(dir, 'payload.js'), 'alert(1)');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'x.json'), '{}');
    expect(await verifyBundle(dir)).toMatchObject({
      ok: false,
      problems: [
        { file: 'payload.js', reason: 'extra', message: 'payload.js is not listed in the manifest' },
        { file: 'sub/x.json', reason: 'extra' },
      ],
    });
  });

  it('reports every problem at once', async () => {
    const dir = makeBundle();
    rmSync(join(dir, 'bundle.json'));
    appendFileSync(join(dir, 'search-index.json'), 'x');
    writeFileSync(join(dir, 'extra.txt'), '');
    const result = await verifyBundle(dir);
    expect(result.ok ? [] : result.problems.map((p) => `${p.reason}:${p.file}`)).toEqual([
      'missing:bundle.json',
      'tampered:search-index.json',
      'extra:extra.txt',
    ]);
  });

  it.each([
    ['missing', (dir: string) => rmSync(join(dir, 'manifest.json')), 'missing'],
    ['not JSON', (dir: string) => writeFileSync(join(dir, 'manifest.json'), '{'), 'manifest'],
    ['not a manifest', (dir: string) => writeFileSync(join(dir, 'manifest.json'), '{"format":1}'), 'manifest'],
  ])('refuses a manifest that is %s', async (_name, spoil, reason) => {
    const dir = makeBundle();
    spoil(dir);
    expect(await verifyBundle(dir)).toMatchObject({ ok: false, problems: [{ file: 'manifest.json', reason }] });
  });

  it.each(['../outside.json', '/etc/passwd', 'a/../bundle.json', 'a\\b.json', 'manifest.json', './bundle.json'])(
    'refuses a manifest listing the path %s',
    async (path) => {
      const dir = makeBundle({ 'bundle.json': '{}' }, [entry('bundle.json', '{}'), entry(path, '{}')]);
      expect(await verifyBundle(dir)).toMatchObject({
        ok: false,
        problems: [{ file: 'manifest.json', reason: 'manifest' }],
      });
    },
  );

  it('names a listed file that is there but cannot be read, instead of throwing', async () => {
    const dir = makeBundle();
    rmSync(join(dir, 'search-index.json'));
    // A link to nowhere is listed by the folder walk but fails to open.
    symlinkSync(join(dir, 'no-such-file'), join(dir, 'search-index.json'));
    expect(await verifyBundle(dir)).toEqual({
      ok: false,
      problems: [{ file: 'search-index.json', reason: 'missing', message: 'search-index.json cannot be read' }],
    });
  });

  it('refuses a folder that does not exist', async () => {
    expect(await verifyBundle(join(tmpdir(), 'polcoop-no-such-bundle'))).toMatchObject({
      ok: false,
      problems: [{ file: 'manifest.json', reason: 'missing' }],
    });
  });
});
