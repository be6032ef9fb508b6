import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackManifest } from '../../content/model/pack-manifest-schema';
import { packIncompatibility } from './pack-acceptance';
import { PACK_MANIFEST, PACK_SIGNATURE } from './pack-folder';
import type { TrustedPackKey } from './pack-signature';
import { checkSignedManifest } from './signed-manifest';
import { compareVersions } from './version-order';
import { readZipEntries } from './zip-entries';
import type { ZipLimits } from './zip-limits';

/** What judges the packs of a MachinePackDirectory: the trusted keys, the archive limits, this reference and app. */
export interface MachinePackOptions {
  keys: readonly TrustedPackKey[];
  limits: ZipLimits;
  bundleId: string;
  appVersion: string;
}

/** A pack in the machine folder whose signature, format and fit with this app checked out (its hashes are checked when it is staged). */
export interface MachinePackCandidate {
  file: string;
  manifest: PackManifest;
}

/** A file of the machine folder that was refused, and why: shown in About › Policies and logged, never a stop. */
export interface MachinePackRefusal {
  file: string;
  reason: string;
}

/** The folder's signed, fitting packs (newest first) and every refusal. */
export interface MachinePackScan {
  candidates: MachinePackCandidate[];
  refused: MachinePackRefusal[];
}

/** The archive's bytes, or why it cannot be one of ours (too large, unreadable). */
export async function readMachinePack(
  file: string,
  limits: ZipLimits,
): Promise<{ ok: true; archive: Uint8Array } | { ok: false; reason: string }> {
  try {
    const size = (await stat(file)).size;
    if (size > limits.maxArchiveBytes)
      return {
        ok: false,
        reason: `the file is ${size} bytes, more than the ${limits.maxArchiveBytes} a pack may have`,
      };
    return { ok: true, archive: await readFile(file) };
  } catch (error) {
    return { ok: false, reason: `the file cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

async function judge(file: string, options: MachinePackOptions): Promise<MachinePackCandidate | MachinePackRefusal> {
  const read = await readMachinePack(file, options.limits);
  if (!read.ok) return { file, reason: read.reason };
  const zip = await readZipEntries(read.archive, options.limits);
  if (!zip.ok) return { file, reason: zip.reason };
  const signed = checkSignedManifest(zip.entries.get(PACK_MANIFEST), zip.entries.get(PACK_SIGNATURE), options.keys);
  if (!signed.ok) return { file, reason: signed.reason };
  const misfit = packIncompatibility(signed.manifest, options);
  return misfit === null ? { file, manifest: signed.manifest } : { file, reason: misfit };
}

/**
 * Reads the administrators' read-only pack folder (never writing to it): every `.polcoop` file directly inside is
 * checked for a trusted signature and a fit with this app; the rest of the folder is ignored. A folder that cannot
 * be read is one refusal, never a failed start.
 */
export async function scanMachinePacks(dir: string, options: MachinePackOptions): Promise<MachinePackScan> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      candidates: [],
      refused: [{ file: dir, reason: `the folder cannot be read (${code ?? String(error)}); no machine pack applies` }],
    };
  }
  const scan: MachinePackScan = { candidates: [], refused: [] };
  for (const name of names.filter((entry) => entry.toLowerCase().endsWith('.polcoop')).sort()) {
    const verdict = await judge(join(dir, name), options);
    if ('manifest' in verdict) scan.candidates.push(verdict);
    else scan.refused.push(verdict);
  }
  scan.candidates.sort((a, b) => compareVersions(b.manifest.version, a.manifest.version) ?? 0);
  return scan;
}
