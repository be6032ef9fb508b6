import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { bundleManifestOf } from './bundle-projection';
import { PACK_BUNDLE, PACK_MANIFEST, PACK_SIGNATURE, verifyPackFolder, type PackFolderCheck } from './pack-folder';
import type { TrustedPackKey } from './pack-signature';
import { checkSignedManifest } from './signed-manifest';
import { readZipEntries, type InflateProgress } from './zip-entries';
import type { ZipLimits } from './zip-limits';

/** What staging a pack needs: whom to trust, how far an archive may expand, and where to report progress. */
export interface StageOptions {
  keys: readonly TrustedPackKey[];
  limits: ZipLimits;
  onProgress?: InflateProgress;
}

async function writeFlushed(path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data, { flush: true });
}

async function unpack(
  entries: Map<string, Uint8Array>,
  stagingDir: string,
  options: StageOptions,
): Promise<PackFolderCheck> {
  const signed = checkSignedManifest(entries.get(PACK_MANIFEST), entries.get(PACK_SIGNATURE), options.keys);
  if (!signed.ok) return signed;
  await mkdir(stagingDir, { recursive: true });
  for (const [name, data] of entries) {
    if (name === PACK_MANIFEST || name === PACK_SIGNATURE) continue;
    await writeFlushed(join(stagingDir, PACK_BUNDLE, ...name.split('/')), data);
  }
  await writeFlushed(
    join(stagingDir, PACK_BUNDLE, 'manifest.json'),
    Buffer.from(`${JSON.stringify(bundleManifestOf(signed.manifest), null, 2)}\n`),
  );
  await writeFlushed(join(stagingDir, PACK_MANIFEST), entries.get(PACK_MANIFEST) ?? new Uint8Array(0));
  await writeFlushed(join(stagingDir, PACK_SIGNATURE), entries.get(PACK_SIGNATURE) ?? new Uint8Array(0));
  return verifyPackFolder(stagingDir, options.keys);
}

/**
 * Unpacks a `.polcoop` archive into a staging folder and verifies it there exactly as the shell will at start;
 * on any refusal the staging folder is removed and only the reason remains.
 */
export async function stagePack(
  archive: Uint8Array,
  stagingDir: string,
  options: StageOptions,
): Promise<PackFolderCheck> {
  const reading = await readZipEntries(archive, options.limits, options.onProgress);
  if (!reading.ok) return reading;
  try {
    const check = await unpack(reading.entries, stagingDir, options);
    if (!check.ok) await rm(stagingDir, { recursive: true, force: true });
    return check;
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true });
    return {
      ok: false,
      reason: `the pack could not be unpacked: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
