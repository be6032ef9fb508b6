import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSampleBundle, type SampleBundle } from '../../../build/packs/sample-bundle';
import { PACK_BUNDLE } from '../../../electron/content-packs/pack-folder';
import { readPointer, writePointer } from '../../../electron/content-packs/pack-pointer';
import { createPackService } from '../../../electron/content-packs/pack-service';
import { resolveActivePack } from '../../../electron/content-packs/pack-startup';
import { DEFAULT_ZIP_LIMITS } from '../../../electron/content-packs/zip-limits';
import { cleanup, samplePack, tempDir, testKey } from './pack-fixture';

const dirs: string[] = [];
afterEach(() => cleanup(dirs));
const key = testKey();
const options = { keys: [key.trusted], bundleId: 'eu-police-cooperation', appVersion: '0.1.0' };
const sample = (version: string): SampleBundle => ({ version, documents: [{ id: 'prum', title: `Prüm ${version}` }] });

async function twoPacks(): Promise<{ root: string; current: string; previous: string }> {
  const base = tempDir(dirs);
  const builtIn = join(base, 'built-in');
  writeSampleBundle(builtIn, sample('2026.1.0'));
  const root = join(base, 'content-packs');
  mkdirSync(root);
  for (const version of ['2026.2.0', '2026.3.0']) {
    const service = createPackService({
      root,
      keys: [key.trusted],
      limits: DEFAULT_ZIP_LIMITS,
      bundleId: 'eu-police-cooperation',
      appVersion: '0.1.0',
      served: () => ({ bundleDir: builtIn, version: '2026.1.0', contentDate: '', source: 'built-in' }),
      builtInBundleDir: builtIn,
      notices: [],
    });
    const preview = await service.preview(samplePack(dirs, key, sample(version)));
    if (preview.outcome !== 'ready') throw new Error(JSON.stringify(preview));
    await service.install(preview.preview.token, true);
  }
  const { pointer } = await readPointer(root);
  return { root, current: pointer.current ?? '', previous: pointer.previous ?? '' };
}

describe('start-up: the active pack is verified again', () => {
  it('serves the active pack when it verifies, and leaves everything as it was', async () => {
    const { root, current } = await twoPacks();
    const names = readdirSync(root).sort();
    const active = await resolveActivePack(root, options);
    expect(active).toMatchObject({ bundleDir: join(root, current, PACK_BUNDLE), notices: [] });
    expect(readdirSync(root).sort()).toEqual(names);
  });

  it('sets a tampered active pack aside under a new name (never deleting it) and uses the previous one', async () => {
    const { root, current, previous } = await twoPacks();
    const file = join(root, current, PACK_BUNDLE, 'bundle.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Prüm', 'Prum'));
    const active = await resolveActivePack(root, options);
    expect(active.bundleDir).toBe(join(root, previous, PACK_BUNDLE));
    expect(active.notices).toHaveLength(1);
    expect(active.notices[0]).toMatch(
      new RegExp(
        `The content pack ${current} failed its check \\(bundle\\.json has been changed.*\\); it was set aside as ${current}\\.set-aside-.* and the previous content \\(${previous}\\) is used`,
      ),
    );
    const aside = readdirSync(root).find((name) => name.startsWith(`${current}.set-aside-`));
    expect(aside).toBeDefined();
    expect(readFileSync(join(root, aside ?? '', PACK_BUNDLE, 'bundle.json'), 'utf8')).toContain('Prum');
    expect((await readPointer(root)).pointer).toEqual({ format: 1, current: previous, previous: null });
    expect((await resolveActivePack(root, options)).notices).toEqual([]);
  });

  it('falls back to the built-in bundle when the previous pack fails too, or the signature no longer matches a trusted key', async () => {
    const { root, current, previous } = await twoPacks();
    writeFileSync(join(root, current, 'manifest.sig'), 'AAAA');
    writeFileSync(join(root, previous, PACK_BUNDLE, 'extra.js'), 'x');
    const active = await resolveActivePack(root, options);
    expect(active.bundleDir).toBeNull();
    expect(active.notices.join('\n')).toMatch(
      /not an Ed25519 signature[\s\S]*extra\.js is not listed in the manifest[\s\S]*the built-in content is used/,
    );
    expect((await readPointer(root)).pointer).toEqual({ format: 1, current: null, previous: null });
    expect(readdirSync(root).filter((name) => name.includes('.set-aside-'))).toHaveLength(2);
  });

  it('does not trust a pack once its key is no longer trusted', async () => {
    const { root } = await twoPacks();
    const active = await resolveActivePack(root, { ...options, keys: [testKey().trusted] });
    expect(active.bundleDir).toBeNull();
    expect(active.notices[0]).toContain('not by a trusted key');
  });

  it('does not serve a pack that needs a newer app, or holds another reference', async () => {
    const { root } = await twoPacks();
    expect((await resolveActivePack(root, { ...options, bundleId: 'another' })).notices[0]).toContain(
      'not this reference',
    );
  });

  it('uses the built-in bundle with a message when active.json is unreadable, and removes staging left by a crash', async () => {
    const base = tempDir(dirs);
    mkdirSync(join(base, '.staging-1-2-abc'));
    writeFileSync(join(base, 'active.json'), '{"format":1,"current":"../../etc"');
    const active = await resolveActivePack(base, options);
    expect(active).toMatchObject({
      bundleDir: null,
      notices: ['active.json could not be read, so the built-in content is used'],
    });
    expect(readdirSync(base)).toEqual(['active.json']);
  });

  it('never follows a pointer that names a path outside the packs folder', async () => {
    const base = tempDir(dirs);
    await expect(writePointer(base, { format: 1, current: '../x', previous: null })).rejects.toThrow();
    writeFileSync(
      join(base, 'active.json'),
      JSON.stringify({ format: 1, current: '../../outside-000000000000', previous: null }),
    );
    expect((await resolveActivePack(base, options)).bundleDir).toBeNull();
  });
});
