import { readFileSync } from 'node:fs';
import { createPackService } from '../../electron/content-packs/pack-service';
import { resolveActivePack } from '../../electron/content-packs/pack-startup';
import { DEFAULT_ZIP_LIMITS } from '../../electron/content-packs/zip-limits';

/**
 * The packs crash test's victim: starts as the app does (start-up check), then imports, installs and reverts packs
 * in a loop until it is killed. Arguments: packs folder, built-in bundle folder, public key file, pack files.
 */
async function main([root, builtIn, publicKeyFile, ...packs]: string[]): Promise<void> {
  if (!root || !builtIn || !publicKeyFile || packs.length === 0)
    throw new Error('usage: packs-crash-child ROOT BUILT_IN KEY PACK...');
  const keys = [{ id: 'crash-test', label: 'crash test', publicKeyPem: readFileSync(publicKeyFile, 'utf8') }];
  const builtInManifest = JSON.parse(readFileSync(`${builtIn}/manifest.json`, 'utf8')) as {
    version: string;
    contentDate: string;
  };
  const active = await resolveActivePack(root, { keys, bundleId: 'eu-police-cooperation', appVersion: '0.1.0' });
  const served = {
    bundleDir: active.bundleDir ?? builtIn,
    version: active.manifest?.version ?? builtInManifest.version,
    contentDate: '',
    source: active.bundleDir ? ('pack' as const) : ('built-in' as const),
  };
  const service = createPackService({
    root,
    keys,
    limits: DEFAULT_ZIP_LIMITS,
    bundleId: 'eu-police-cooperation',
    appVersion: '0.1.0',
    served: () => served,
    builtInBundleDir: builtIn,
    notices: [],
  });
  process.stdout.write('ready\n');
  // A random first step spreads the kills over installs of every pack and over reverts.
  for (let step = Math.floor(Math.random() * 4 * packs.length); ; step += 1) {
    if (step % 4 === 3) {
      await service.revert();
      continue;
    }
    const preview = await service.preview(packs[step % packs.length] as string);
    if (preview.outcome !== 'ready') throw new Error(`a good pack was refused: ${JSON.stringify(preview)}`);
    await service.install(preview.preview.token, true);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
