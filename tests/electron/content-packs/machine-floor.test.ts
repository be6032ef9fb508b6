import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSampleBundle, type SampleBundle } from '../../../build/packs/sample-bundle';
import { decideContent, type ContentSources } from '../../../electron/content-decision';
import { readPointer } from '../../../electron/content-packs/pack-pointer';
import { createPackService, type PackServiceOptions } from '../../../electron/content-packs/pack-service';
import { packsRoot } from '../../../electron/content-packs/pack-store';
import { DEFAULT_ZIP_LIMITS } from '../../../electron/content-packs/zip-limits';
import { cleanup, rezip, samplePack, snapshot, tempDir, testKey } from './pack-fixture';

const dirs: string[] = [];
afterEach(() => cleanup(dirs));
const key = testKey('organisation key');
const stranger = testKey('unknown key');
const sample = (version: string): SampleBundle => ({ version, documents: [{ id: 'prum', title: `Prüm ${version}` }] });

/** A built-in bundle, an empty user-data folder and a machine folder holding the given packs (copied in, read only to the app). */
function machineSetup(packs: string[]): ContentSources & { machineDir: string } {
  const base = tempDir(dirs, 'polcoop-machine-');
  const builtInBundleDir = join(base, 'app', 'bundle');
  writeSampleBundle(builtInBundleDir, sample('2026.1.0'));
  const userData = join(base, 'user-data');
  const machineDir = join(base, 'share');
  mkdirSync(userData);
  mkdirSync(machineDir);
  packs.forEach((file, index) => copyFileSync(file, join(machineDir, `${index}-${file.split(/[\\/]/).pop()}`)));
  return {
    userData,
    builtInBundleDir,
    keys: [key.trusted],
    appVersion: '0.1.0',
    machine: { dir: machineDir, limits: DEFAULT_ZIP_LIMITS },
    machineDir,
  };
}

function serviceOptions(
  sources: ContentSources,
  served: PackServiceOptions['served'],
  floor: PackServiceOptions['floor'],
) {
  return {
    root: packsRoot(sources.userData),
    keys: sources.keys,
    limits: DEFAULT_ZIP_LIMITS,
    bundleId: 'eu-police-cooperation',
    appVersion: '0.1.0',
    served,
    builtInBundleDir: sources.builtInBundleDir,
    notices: [],
    floor,
  } satisfies PackServiceOptions;
}

describe('MachinePackDirectory at start', () => {
  it('serves the newest valid pack of the folder over older built-in content, and never writes to the folder', async () => {
    const sources = machineSetup([
      samplePack(dirs, key, sample('2026.2.0')),
      samplePack(dirs, key, sample('2026.3.0')),
    ]);
    const before = snapshot(sources.machineDir);
    const decision = await decideContent(sources);
    expect(decision.ok && decision.served.source).toBe('pack');
    expect(decision.ok && decision.served.manifest.manifest.version).toBe('2026.3.0');
    expect(readFileSync(join(decision.ok ? decision.served.dir : '', 'bundle.json'), 'utf8')).toContain(
      'Prüm 2026.3.0',
    );
    expect(decision.machine.floor?.version).toBe('2026.3.0');
    expect(decision.machine.refused).toEqual([]);
    expect(decision.notices.join(' ')).toMatch(
      /content your organisation provides \(2026\.3\.0.*replaced the content 2026\.1\.0/,
    );
    expect((await readPointer(packsRoot(sources.userData))).pointer.previous).toBeNull();
    expect(snapshot(sources.machineDir)).toEqual(before);
    // The next start finds it installed: the same content, nothing installed again.
    const again = await decideContent(sources);
    expect(again.ok && again.served.manifest.manifest.version).toBe('2026.3.0');
    expect(again.machine.installed).toBeNull();
    expect(again.notices).toEqual([]);
  });

  it('keeps a newer pack the user imported, with the machine pack as the floor', async () => {
    const sources = machineSetup([samplePack(dirs, key, sample('2026.2.0'))]);
    const service = createPackService(
      serviceOptions(
        sources,
        () => ({ bundleDir: sources.builtInBundleDir, version: '2026.1.0', contentDate: '', source: 'built-in' }),
        null,
      ),
    );
    const preview = await service.preview(samplePack(dirs, key, sample('2026.4.0')));
    if (preview.outcome !== 'ready') throw new Error(JSON.stringify(preview));
    await service.install(preview.preview.token, false);
    const decision = await decideContent(sources);
    expect(decision.ok && decision.served.manifest.manifest.version).toBe('2026.4.0');
    expect(decision.machine).toMatchObject({ floor: { version: '2026.2.0' }, installed: null });
  });

  it('refuses an untrusted, a damaged and a foreign pack with the reason, and still starts on the built-in content', async () => {
    const untrusted = samplePack(dirs, stranger, sample('2026.5.0'));
    const damaged = rezip(dirs, samplePack(dirs, key, sample('2026.6.0')), (entries) => {
      entries['bundle.json'] = Buffer.from('{"changed":true}');
    });
    const foreign = samplePack(dirs, key, { ...sample('2026.7.0'), bundleId: 'another-reference' });
    const sources = machineSetup([untrusted, damaged, foreign]);
    const decision = await decideContent(sources);
    expect(decision.ok && decision.served.source).toBe('built-in');
    expect(decision.machine.floor).toBeNull();
    const reasons = decision.machine.refused.map((refused) => refused.reason).join('\n');
    expect(decision.machine.refused).toHaveLength(3);
    expect(reasons).toContain('the signature is not by a trusted key');
    expect(reasons).toMatch(/bundle\.json/);
    expect(reasons).toContain('"another-reference", not this reference');
    expect(decision.machine.refused.every((refused) => refused.file.startsWith(sources.machineDir))).toBe(true);
  });

  it('falls back to the next newest pack when the newest fails its hashes', async () => {
    const damaged = rezip(dirs, samplePack(dirs, key, sample('2026.6.0')), (entries) => {
      entries['bundle.json'] = Buffer.from('{"changed":true}');
    });
    const sources = machineSetup([damaged, samplePack(dirs, key, sample('2026.2.0'))]);
    const decision = await decideContent(sources);
    expect(decision.ok && decision.served.manifest.manifest.version).toBe('2026.2.0');
    expect(decision.machine.floor?.version).toBe('2026.2.0');
    expect(decision.machine.refused).toHaveLength(1);
  });

  it('reports a folder that cannot be read, and starts on the built-in content', async () => {
    const sources = machineSetup([]);
    const decision = await decideContent({
      ...sources,
      machine: { dir: join(sources.machineDir, 'absent'), limits: DEFAULT_ZIP_LIMITS },
    });
    expect(decision.ok && decision.served.source).toBe('built-in');
    expect(decision.machine.refused).toEqual([
      {
        file: join(sources.machineDir, 'absent'),
        reason: expect.stringContaining('the folder cannot be read (ENOENT)') as string,
      },
    ]);
  });
});

describe('MachinePackDirectory as a floor for the user', () => {
  it('refuses to import content older than the floor, with a clear reason, and allows newer content', async () => {
    const sources = machineSetup([samplePack(dirs, key, sample('2026.3.0'))]);
    const decision = await decideContent(sources);
    if (!decision.ok) throw new Error('no content');
    const served = () => ({
      bundleDir: decision.served.dir,
      version: '2026.3.0',
      contentDate: '',
      source: 'pack' as const,
    });
    const service = createPackService(serviceOptions(sources, served, decision.machine.floor));
    const older = await service.preview(samplePack(dirs, key, sample('2026.2.0')));
    expect(older).toEqual({
      outcome: 'refused',
      reason: expect.stringContaining(
        'the pack holds content 2026.2.0, older than 2026.3.0, the content your organisation provides (MachinePackDirectory)',
      ) as string,
    });
    const newer = await service.preview(samplePack(dirs, key, sample('2026.4.0')));
    expect(newer.outcome).toBe('ready');
  });

  it('refuses to revert below the floor, to the built-in content or to an older pack', async () => {
    const sources = machineSetup([samplePack(dirs, key, sample('2026.3.0'))]);
    const decision = await decideContent(sources);
    if (!decision.ok) throw new Error('no content');
    const floor = decision.machine.floor;
    const atFloor = createPackService(
      serviceOptions(
        sources,
        () => ({ bundleDir: decision.served.dir, version: '2026.3.0', contentDate: '', source: 'pack' }),
        floor,
      ),
    );
    const toBuiltIn = await atFloor.revert();
    expect(toBuiltIn).toEqual({
      outcome: 'refused',
      reason: expect.stringContaining('the built-in content is 2026.1.0, older than 2026.3.0') as string,
    });
    expect((await readPointer(packsRoot(sources.userData))).pointer.current).not.toBeNull();
    // The user goes above the floor, then tries to come back down through it.
    const preview = await atFloor.preview(samplePack(dirs, key, sample('2026.4.0')));
    if (preview.outcome !== 'ready') throw new Error(JSON.stringify(preview));
    await atFloor.install(preview.preview.token, false);
    const pointer = (await readPointer(packsRoot(sources.userData))).pointer;
    expect(pointer.previous).toMatch(/^2026\.3\.0-/);
    const back = await atFloor.revert();
    expect(back).toEqual({ outcome: 'switched', version: '2026.3.0' });
  });

  it("refuses to revert from the user's newer pack to one of theirs below the floor", async () => {
    const sources = machineSetup([samplePack(dirs, key, sample('2026.3.0'))]);
    let version = '2026.1.0';
    const service = createPackService(
      serviceOptions(
        sources,
        () => ({ bundleDir: sources.builtInBundleDir, version, contentDate: '', source: 'built-in' }),
        null,
      ),
    );
    for (const next of ['2026.2.0', '2026.4.0']) {
      const preview = await service.preview(samplePack(dirs, key, sample(next)));
      if (preview.outcome !== 'ready') throw new Error(JSON.stringify(preview));
      await service.install(preview.preview.token, false);
      version = next;
    }
    const decision = await decideContent(sources);
    if (!decision.ok) throw new Error('no content');
    expect(decision.served.manifest.manifest.version).toBe('2026.4.0');
    const underFloor = createPackService(
      serviceOptions(
        sources,
        () => ({ bundleDir: decision.served.dir, version: '2026.4.0', contentDate: '', source: 'pack' }),
        decision.machine.floor,
      ),
    );
    expect(await underFloor.revert()).toEqual({
      outcome: 'refused',
      reason: expect.stringContaining('the previous content is 2026.2.0, older than 2026.3.0') as string,
    });
  });
});
