import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type * as fsPromises from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSampleBundle } from '../../build/packs/sample-bundle';
import { createAppRequestHandler } from '../../electron/app-protocol';
import { decideContent, type ContentSources } from '../../electron/content-decision';
import { PACK_BUNDLE } from '../../electron/content-packs/pack-folder';
import { readPointer, writePointer } from '../../electron/content-packs/pack-pointer';
import { createPackService } from '../../electron/content-packs/pack-service';
import { packsRoot } from '../../electron/content-packs/pack-store';
import { DEFAULT_ZIP_LIMITS } from '../../electron/content-packs/zip-limits';
import { servedApp } from '../../electron/served-app';
import { cleanup, samplePack, snapshot, tempDir, testKey } from './content-packs/pack-fixture';

// Every file read and every rename start-up makes goes through these, so the tests can count them and make one fail.
const fsSpies = vi.hoisted(() => ({ reads: [] as string[], failRename: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return {
    ...actual,
    readFile: ((path: string, ...rest: unknown[]) => {
      fsSpies.reads.push(String(path));
      return (actual.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
    }) as typeof actual.readFile,
    rename: ((from: string, to: string) =>
      fsSpies.failRename
        ? Promise.reject(new Error('EACCES: permission denied, rename'))
        : actual.rename(from, to)) as typeof actual.rename,
  };
});

const dirs: string[] = [];
afterEach(() => cleanup(dirs));
beforeEach(() => {
  fsSpies.reads.length = 0;
  fsSpies.failRename = false;
});
const key = testKey();

function setup(): ContentSources & { base: string } {
  const base = tempDir(dirs, 'polcoop-decision-');
  const builtInBundleDir = join(base, 'app', 'bundle');
  writeSampleBundle(builtInBundleDir, { version: '2026.11.0', documents: [{ id: 'prum', title: 'Prüm' }] });
  const userData = join(base, 'user-data');
  mkdirSync(userData);
  return { base, userData, builtInBundleDir, keys: [key.trusted], appVersion: '0.1.0' };
}

/** Installs a signed pack as the File menu does, so it is the active content at the next start. */
async function installPack(sources: ContentSources, version: string): Promise<string> {
  const root = packsRoot(sources.userData);
  const service = createPackService({
    root,
    keys: sources.keys,
    limits: DEFAULT_ZIP_LIMITS,
    bundleId: 'eu-police-cooperation',
    appVersion: '0.1.0',
    served: () => ({ bundleDir: sources.builtInBundleDir, version: '2026.11.0', contentDate: '', source: 'built-in' }),
    builtInBundleDir: sources.builtInBundleDir,
    notices: [],
  });
  const preview = await service.preview(
    samplePack(dirs, key, { version, documents: [{ id: 'prum', title: `Prüm ${version}` }] }),
  );
  if (preview.outcome !== 'ready') throw new Error(JSON.stringify(preview));
  await service.install(preview.preview.token, false);
  return join(root, (await readPointer(root)).pointer.current ?? '');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function readsOf(path: string): number {
  return fsSpies.reads.filter((read) => read === path).length;
}

async function served(sources: ContentSources, path: string): Promise<{ status: number; text: string }> {
  const app = servedApp(
    { rendererDir: join(sources.builtInBundleDir, '..', 'renderer'), bundleDir: sources.builtInBundleDir },
    await decideContent(sources),
  );
  const response = await createAppRequestHandler(() => app.roots)(new Request(`app://polcoop${path}`));
  return { status: response.status, text: await response.text() };
}

describe('the content decision at start-up', () => {
  it('serves the verified built-in bundle when no pack is installed', async () => {
    const sources = setup();
    const decision = await decideContent(sources);
    expect(decision).toMatchObject({
      ok: true,
      served: { dir: sources.builtInBundleDir, source: 'built-in', manifest: { manifest: { version: '2026.11.0' } } },
      notices: [],
    });
    expect((await served(sources, '/bundle/bundle.json')).status).toBe(200);
  });

  it('serves the active signed pack, with its bundle manifest for About', async () => {
    const sources = setup();
    const pack = await installPack(sources, '2026.12.0');
    const decision = await decideContent(sources);
    expect(decision).toMatchObject({
      ok: true,
      served: { dir: join(pack, PACK_BUNDLE), source: 'pack', manifest: { manifest: { version: '2026.12.0' } } },
      notices: [],
    });
    expect(JSON.parse((await served(sources, '/bundle/bundle.json')).text).version).toBe('2026.12.0');
  });

  it('reads (and hashes) every file of the active pack exactly once, and of the built-in bundle only its manifest', async () => {
    const sources = setup();
    const pack = await installPack(sources, '2026.12.0');
    fsSpies.reads.length = 0;
    expect(await decideContent(sources)).toMatchObject({ ok: true, served: { source: 'pack' } });
    const packFiles = filesUnder(pack);
    expect(packFiles.map((file) => relative(pack, file).split(sep).join('/')).sort()).toEqual([
      'bundle/bundle.json',
      'bundle/documents/prum.json',
      'bundle/manifest.json',
      'bundle/search-index.json',
      'manifest.json',
      'manifest.sig',
    ]);
    for (const file of packFiles) expect({ file, reads: readsOf(file) }).toEqual({ file, reads: 1 });
    expect(readsOf(join(sources.builtInBundleDir, 'manifest.json'))).toBe(1);
    expect(readsOf(join(sources.builtInBundleDir, 'bundle.json'))).toBe(0);
    expect(readsOf(join(sources.builtInBundleDir, 'search-index.json'))).toBe(0);
    expect(readsOf(join(sources.builtInBundleDir, 'documents', 'prum.json'))).toBe(0);
  });

  it('sets a tampered pack aside and verifies the built-in bundle once instead', async () => {
    const sources = setup();
    const pack = await installPack(sources, '2026.12.0');
    writeFileSync(join(pack, PACK_BUNDLE, 'bundle.json'), '{}');
    fsSpies.reads.length = 0;
    const decision = await decideContent(sources);
    expect(decision).toMatchObject({
      ok: true,
      served: { dir: sources.builtInBundleDir, source: 'built-in' },
      notices: [expect.stringMatching(/bundle\.json has been changed.*set aside/)],
    });
    for (const file of filesUnder(sources.builtInBundleDir))
      expect({ file, reads: readsOf(file) }).toEqual({ file, reads: file.endsWith('manifest.json') ? 2 : 1 });
  });

  it('never serves an unsigned bundle in <userData>/bundle, however well it verifies against its own manifest', async () => {
    const sources = setup();
    const unsigned = join(sources.userData, 'bundle');
    writeSampleBundle(unsigned, { version: '2099.1.0', documents: [{ id: 'prum', title: 'Planted' }] });
    const decision = await decideContent(sources);
    expect(decision).toMatchObject({
      ok: true,
      served: { dir: sources.builtInBundleDir, source: 'built-in' },
      notices: [],
    });
    expect(fsSpies.reads.filter((read) => read.startsWith(unsigned))).toEqual([]);
    expect((await served(sources, '/bundle/bundle.json')).text).not.toContain('Planted');
  });

  it('never serves an unsigned pack folder that active.json points to: it is set aside', async () => {
    const sources = setup();
    const root = packsRoot(sources.userData);
    const name = '2099.1.0-aaaaaaaaaaaa';
    writeSampleBundle(join(root, name, PACK_BUNDLE), {
      version: '2099.1.0',
      documents: [{ id: 'prum', title: 'Planted' }],
    });
    writeFileSync(join(root, name, 'manifest.json'), readFileSync(join(root, name, PACK_BUNDLE, 'manifest.json')));
    await writePointer(root, { format: 1, current: name, previous: null });
    const decision = await decideContent(sources);
    expect(decision).toMatchObject({
      ok: true,
      served: { source: 'built-in' },
      notices: [expect.stringContaining('the pack is not signed: manifest.sig is missing')],
    });
    expect(readdirSync(root).some((entry) => entry.startsWith(`${name}.set-aside-`))).toBe(true);
  });

  it('falls back to the built-in bundle, with a notice, when the packs folder cannot be worked on', async () => {
    const sources = setup();
    const pack = await installPack(sources, '2026.12.0');
    writeFileSync(join(pack, PACK_BUNDLE, 'bundle.json'), '{}');
    fsSpies.failRename = true;
    const decision = await decideContent(sources);
    expect(decision).toMatchObject({
      ok: true,
      served: { source: 'built-in' },
      notices: [
        'The installed content packs could not be checked (EACCES: permission denied, rename); the built-in content is used.',
      ],
    });
  });

  describe('a built-in bundle that fails ends on the error page, never on a throw', () => {
    it.each([
      [
        'a missing manifest',
        (dir: string) => rmSync(join(dir, 'manifest.json')),
        'manifest.json',
        'missing',
        'manifest.json is missing',
      ],
      [
        'a garbled manifest',
        (dir: string) => writeFileSync(join(dir, 'manifest.json'), '{"format":1,"files":['),
        'manifest.json',
        'manifest',
        'manifest.json is not valid JSON',
      ],
      [
        'a manifest that is not one',
        (dir: string) => writeFileSync(join(dir, 'manifest.json'), '{"format":1}'),
        'manifest.json',
        'manifest',
        'manifest.json does not describe a bundle',
      ],
      [
        'a tampered file',
        (dir: string) => writeFileSync(join(dir, 'bundle.json'), '{"documents":[]}'),
        'bundle.json',
        'tampered',
        'bundle.json has been changed',
      ],
      [
        'a file the manifest does not list',
        (dir: string) => writeFileSync(join(dir, 'payload.js'), 'alert(1)'),
        'payload.js',
        'extra',
        'payload.js is not listed in the manifest',
      ],
    ])('%s', async (_name, spoil, file, reason, message) => {
      const sources = setup();
      spoil(sources.builtInBundleDir);
      const decision = await decideContent(sources);
      expect(decision).toMatchObject({
        ok: false,
        problem: { file, reason, message: expect.stringContaining(message) },
        notices: [],
      });
      const app = servedApp(
        { rendererDir: join(sources.base, 'renderer'), bundleDir: sources.builtInBundleDir },
        decision,
      );
      expect(app.errorUrl).toBe('app://polcoop/shell/bundle-error.html');
      const handle = createAppRequestHandler(() => app.roots);
      expect((await handle(new Request('app://polcoop/bundle/bundle.json'))).status).toBe(404);
      const page = await (await handle(new Request(app.errorUrl ?? ''))).text();
      expect(page).toContain(`<code>${file}</code>`);
      expect(page).toContain('No verified content is available');
    });
  });

  it('leaves an installed pack untouched when the built-in manifest is unreadable: without it no pack can be judged', async () => {
    const sources = setup();
    await installPack(sources, '2026.12.0');
    writeFileSync(join(sources.builtInBundleDir, 'manifest.json'), 'garbled');
    const before = snapshot(sources.userData);
    const decision = await decideContent(sources);
    expect(decision).toMatchObject({ ok: false, problem: { file: 'manifest.json', reason: 'manifest' } });
    expect(snapshot(sources.userData)).toEqual(before);
  });

  it('lists the packs that failed on the error page too, when the built-in bundle fails as well', async () => {
    const sources = setup();
    const pack = await installPack(sources, '2026.12.0');
    writeFileSync(join(pack, 'manifest.sig'), 'AAAA');
    writeFileSync(join(sources.builtInBundleDir, 'search-index.json'), '{}');
    const decision = await decideContent(sources);
    expect(decision).toMatchObject({
      ok: false,
      problem: { file: 'search-index.json', reason: 'tampered' },
      notices: [expect.stringContaining('not an Ed25519 signature')],
    });
    const page = await (
      await createAppRequestHandler(
        () => servedApp({ rendererDir: sources.base, bundleDir: sources.builtInBundleDir }, decision).roots,
      )(new Request('app://polcoop/shell/bundle-error.html'))
    ).text();
    expect(page).toContain('<h2>Installed content packs</h2>');
    expect(page).toContain('not an Ed25519 signature');
  });
});
