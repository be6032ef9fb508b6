import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackManifest } from '../../content/model/pack-manifest-schema';
import type { ManifestInfo } from '../bundle-manifest';
import { verifyBundle } from '../bundle-verification';
import { bundleManifestOf, sameBundle } from './bundle-projection';
import type { TrustedPackKey } from './pack-signature';
import { checkSignedManifest } from './signed-manifest';

/** The signed pack manifest, beside the bundle folder in an installed pack. */
export const PACK_MANIFEST = 'manifest.json';
/** The detached signature of the pack manifest. */
export const PACK_SIGNATURE = 'manifest.sig';
/** The folder that holds the bundle itself, as the shell serves it. */
export const PACK_BUNDLE = 'bundle';

/** An installed (or staged) pack that checked out, with its bundle's own manifest as the shell serves it, or the reason it did not. */
export type PackFolderCheck =
  | {
      ok: true;
      manifest: PackManifest;
      manifestSha256: string;
      bundleDir: string;
      bundle: ManifestInfo;
      signer: TrustedPackKey;
    }
  | { ok: false; reason: string };

async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/**
 * Verifies a pack folder as installed: the signature of its manifest by a trusted key, then every file of the
 * bundle through the shell's own `verifyBundle`, whose manifest must be the one the signed manifest stands for.
 */
export async function verifyPackFolder(dir: string, keys: readonly TrustedPackKey[]): Promise<PackFolderCheck> {
  const manifestBytes = await readOptional(join(dir, PACK_MANIFEST));
  const signed = checkSignedManifest(manifestBytes, await readOptional(join(dir, PACK_SIGNATURE)), keys);
  if (!signed.ok) return signed;
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    return { ok: false, reason: 'the pack folder cannot be read' };
  }
  const unexpected = names.find((name) => name !== PACK_MANIFEST && name !== PACK_SIGNATURE && name !== PACK_BUNDLE);
  if (unexpected !== undefined) return { ok: false, reason: `${unexpected} is not part of the pack` };
  const bundleDir = join(dir, PACK_BUNDLE);
  const bundle = await verifyBundle(bundleDir);
  if (!bundle.ok)
    return {
      ok: false,
      reason: bundle.problems
        .slice(0, 3)
        .map((problem) => problem.message)
        .join('; '),
    };
  if (!sameBundle(bundle.manifest.manifest, bundleManifestOf(signed.manifest)))
    return { ok: false, reason: 'the bundle does not match the signed manifest' };
  return {
    ok: true,
    manifest: signed.manifest,
    manifestSha256: createHash('sha256')
      .update(manifestBytes ?? '')
      .digest('hex'),
    bundleDir,
    bundle: bundle.manifest,
    signer: signed.signer,
  };
}
