import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSampleBundle, type SampleBundle } from '../../../build/packs/sample-bundle';
import { createAppRequestHandler } from '../../../electron/app-protocol';
import type { ServedBundle } from '../../../electron/content-decision';
import { DEFAULT_ZIP_LIMITS } from '../../../electron/content-packs/zip-limits';
import { localContentRoot, setupLocalContent } from '../../../electron/local-content/setup-local-content';
import type { EffectivePolicy } from '../../../electron/policies/effective-policy';
import { cleanup, samplePack, snapshot, tempDir, testKey } from '../content-packs/pack-fixture';

const dirs: string[] = [];
afterEach(() => cleanup(dirs));
const organisationKey = testKey('organisation key');
const strangerKey = testKey('unknown key');

const official = {
  version: '2026.12.0',
  documents: [
    { id: 'europol', title: 'Europol' },
    { id: 'prum', title: 'Prüm' },
  ],
};
const contacts = (version = '1.0.0', ids = ['nat-contacts-spoc']): SampleBundle => ({
  bundleId: 'local-regional-police',
  title: 'Regional Police Directorate',
  version,
  documents: ids.map((id) => ({ id, title: `Local ${id}`, kind: 'page' })),
});

/** The official bundle as served, an empty user-data folder and a LocalContentDirectory holding the given packs. */
function setup(packs: string[]) {
  const base = tempDir(dirs, 'polcoop-local-');
  const bundleDir = join(base, 'bundle');
  writeSampleBundle(bundleDir, official);
  const userData = join(base, 'user-data');
  const share = join(base, 'share');
  mkdirSync(userData);
  mkdirSync(share);
  packs.forEach((file, index) => copyFileSync(file, join(share, `${index}-local.polcoop`)));
  const served: ServedBundle = {
    dir: bundleDir,
    source: 'built-in',
    manifest: { manifest: JSON.parse(readFileSync(join(bundleDir, 'manifest.json'), 'utf8')), sha256: '0'.repeat(64) },
  };
  const policy = (trusted = [organisationKey.trusted]): Pick<EffectivePolicy, 'values' | 'trustedKeys'> => ({
    values: { LocalContentDirectory: share, TrustedPackKeys: trusted.map((key) => key.id) },
    trustedKeys: trusted,
  });
  return { share, userData, served, policy };
}

async function fetchLocal(dir: string | null, path: string): Promise<Response> {
  const handler = createAppRequestHandler(() => ({
    rendererDir: '/nonexistent',
    bundleDir: '/nonexistent',
    localDir: dir,
  }));
  return handler(new Request(`app://polcoop${path}`));
}

describe('LocalContentDirectory', () => {
  it('installs a pack signed by a key the policy trusts, names its organisation for the badge, and serves it under /local/', async () => {
    const { share, userData, served, policy } = setup([samplePack(dirs, organisationKey, contacts())]);
    const before = snapshot(share);
    const local = await setupLocalContent(policy(), served, userData, DEFAULT_ZIP_LIMITS);
    expect(local.refused).toEqual([]);
    expect(local.dir).toBe(localContentRoot(userData));
    expect(local.served).toEqual(['Regional Police Directorate (local-regional-police 1.0.0, 1 documents)']);
    const index = (await (await fetchLocal(local.dir, '/local/local-content.json')).json()) as {
      packs: { folder: string; organisation: string; documents: string[] }[];
    };
    expect(index).toMatchObject({
      format: 1,
      packs: [
        {
          organisation: 'Regional Police Directorate',
          bundleId: 'local-regional-police',
          documents: ['nat-contacts-spoc'],
        },
      ],
    });
    const bundle = await fetchLocal(local.dir, `/local/${index.packs[0]?.folder}/bundle/bundle.json`);
    expect(await bundle.text()).toContain('Local nat-contacts-spoc');
    expect((await fetchLocal(local.dir, '/local/../user-data')).status).toBe(404);
    expect(snapshot(share)).toEqual(before);
  });

  it('refuses a pack that would shadow an official id, with the id in the reason, and serves nothing of it', async () => {
    const { userData, served, policy } = setup([
      samplePack(dirs, organisationKey, contacts('1.0.0', ['nat-contacts-spoc', 'europol'])),
    ]);
    const local = await setupLocalContent(policy(), served, userData, DEFAULT_ZIP_LIMITS);
    expect(local.served).toEqual([]);
    expect(await (await fetchLocal(local.dir, '/local/local-content.json')).json()).toEqual({ format: 1, packs: [] });
    expect(local.refused).toHaveLength(1);
    expect(local.refused[0]).toMatchObject({ field: 'LocalContentDirectory' });
    expect(local.refused[0]?.reason).toBe(
      'its documents "europol" have the ids of official documents; local content cannot replace or change the official reference',
    );
  });

  it('refuses a pack signed by a key the policy does not trust, and one holding the official reference', async () => {
    const { userData, served, policy } = setup([
      samplePack(dirs, strangerKey, contacts()),
      samplePack(dirs, organisationKey, { ...contacts('2026.13.0', ['other']), bundleId: 'eu-police-cooperation' }),
    ]);
    const local = await setupLocalContent(policy(), served, userData, DEFAULT_ZIP_LIMITS);
    expect(local.served).toEqual([]);
    expect(local.refused.map((refused) => refused.reason)).toEqual([
      'the signature is not by a trusted key, or manifest.json was changed after signing (local content must be signed by a key in TrustedPackKeys)',
      'it holds the official reference ("eu-police-cooperation"); local content needs a bundle id of its own',
    ]);
  });

  it('removes local content once the policy stops trusting its key, or no longer names the folder', async () => {
    const { userData, served, policy } = setup([samplePack(dirs, organisationKey, contacts())]);
    const first = await setupLocalContent(policy(), served, userData, DEFAULT_ZIP_LIMITS);
    expect(first.served).toHaveLength(1);
    const untrusted = await setupLocalContent(policy([strangerKey.trusted]), served, userData, DEFAULT_ZIP_LIMITS);
    expect(untrusted.served).toEqual([]);
    expect(untrusted.refused).toHaveLength(1);
    const index = JSON.parse(readFileSync(join(localContentRoot(userData), 'local-content.json'), 'utf8')) as {
      packs: unknown[];
    };
    expect(index.packs).toEqual([]);
    await setupLocalContent(policy(), served, userData, DEFAULT_ZIP_LIMITS);
    const gone = await setupLocalContent({ values: {}, trustedKeys: [] }, served, userData, DEFAULT_ZIP_LIMITS);
    expect(gone).toEqual({ dir: null, refused: [], served: [] });
    expect(existsSync(localContentRoot(userData))).toBe(false);
    expect((await fetchLocal(gone.dir, '/local/local-content.json')).status).toBe(404);
  });

  it('refuses the second of two packs that share a document id, and a folder that cannot be read', async () => {
    const { userData, served, policy, share } = setup([
      samplePack(dirs, organisationKey, contacts('1.0.0', ['nat-contacts-spoc'])),
      samplePack(dirs, organisationKey, { ...contacts('1.0.0', ['nat-contacts-spoc']), bundleId: 'local-other' }),
    ]);
    const local = await setupLocalContent(policy(), served, userData, DEFAULT_ZIP_LIMITS);
    expect(local.served).toHaveLength(1);
    expect(local.refused[0]?.reason).toBe(
      'its documents "nat-contacts-spoc" have the ids of another local pack\'s documents',
    );
    const missing = await setupLocalContent(
      { ...policy(), values: { LocalContentDirectory: join(share, 'absent') } },
      served,
      userData,
      DEFAULT_ZIP_LIMITS,
    );
    expect(missing.refused[0]?.reason).toMatch(/^the folder cannot be read \(ENOENT\)/);
  });
});
