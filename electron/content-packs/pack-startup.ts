import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PackManifest } from '../../content/model/pack-manifest-schema';
import type { ManifestInfo } from '../bundle-manifest';
import { packIncompatibility } from './pack-acceptance';
import { verifyPackFolder } from './pack-folder';
import { readPointer, writePointer, type PackPointer } from './pack-pointer';
import type { TrustedPackKey } from './pack-signature';
import { removeStaleStaging, setAside } from './pack-store';

/** What start-up needs to judge installed packs. */
export interface StartupOptions {
  keys: readonly TrustedPackKey[];
  /** The built-in bundle's id and the app version: a pack for another reference or a newer app is not used. */
  bundleId: string;
  appVersion: string;
}

/** The pack to serve (null: the built-in bundle) and what the user should be told about packs that failed. */
export interface ActivePack {
  bundleDir: string | null;
  manifest: PackManifest | null;
  /** The served bundle's own manifest, from the one verification start-up makes. */
  bundle: ManifestInfo | null;
  pointer: PackPointer;
  notices: string[];
}

/**
 * Runs at every start: verifies the active pack again (signature and every hash), sets a failing one aside under a
 * new name (never deleting it) and falls back to the previous pack, then to the built-in bundle, recording the
 * outcome in `active.json` so the next start does not repeat the work.
 */
export async function resolveActivePack(root: string, options: StartupOptions): Promise<ActivePack> {
  await removeStaleStaging(root);
  const { pointer, problem } = await readPointer(root);
  const notices = problem ? [problem] : [];
  let current = pointer.current;
  let previous = pointer.previous;
  while (current !== null) {
    const check = await verifyPackFolder(join(root, current), options.keys);
    const reason = check.ok ? packIncompatibility(check.manifest, options) : check.reason;
    if (check.ok && reason === null) {
      const settled: PackPointer = { format: 1, current, previous };
      if (settled.current !== pointer.current || settled.previous !== pointer.previous)
        await writePointer(root, settled);
      return { bundleDir: check.bundleDir, manifest: check.manifest, bundle: check.bundle, pointer: settled, notices };
    }
    const aside = existsSync(join(root, current)) ? await setAside(root, current) : null;
    const fallback = previous === null ? 'the built-in content is used' : `the previous content (${previous}) is used`;
    notices.push(
      `The content pack ${current} failed its check (${reason}); ${aside ? `it was set aside as ${aside} and ` : ''}${fallback}.`,
    );
    current = previous;
    previous = null;
  }
  const builtIn: PackPointer = { format: 1, current: null, previous: null };
  if (pointer.current !== null || pointer.previous !== null) await writePointer(root, builtIn);
  return { bundleDir: null, manifest: null, bundle: null, pointer: builtIn, notices };
}
