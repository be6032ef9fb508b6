import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { manifestSchema } from '../content/model/bundle-schema';
import type { ManifestInfo } from './bundle-manifest';

/** One file that made a bundle fail, and why. */
export interface BundleFileProblem {
  /** The file's path inside the bundle, with forward slashes. */
  file: string;
  reason: 'manifest' | 'missing' | 'tampered' | 'extra';
  message: string;
}

/** The outcome of checking a bundle folder against its manifest; never throws. */
export type BundleVerification = { ok: true; manifest: ManifestInfo } | { ok: false; problems: BundleFileProblem[] };

const MANIFEST = 'manifest.json';

/** Every regular file under `dir`, relative, with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function isPlainRelative(path: string): boolean {
  const normal = posix.normalize(path);
  return normal === path && !path.startsWith('/') && !path.startsWith('../') && !path.includes('\\') && path !== '..';
}

function failure(file: string, reason: BundleFileProblem['reason'], message: string): BundleVerification {
  return { ok: false, problems: [{ file, reason, message }] };
}

/** A bundle's manifest as read from its folder, or the one problem that makes it unusable; never throws. */
export type ManifestRead = { ok: true; info: ManifestInfo } | { ok: false; problem: BundleFileProblem };

/** Reads and validates `manifest.json` of a bundle folder, without checking the files it lists. */
export async function readBundleManifest(bundleDir: string): Promise<ManifestRead> {
  const refused = (reason: BundleFileProblem['reason'], message: string): ManifestRead => ({
    ok: false,
    problem: { file: MANIFEST, reason, message },
  });
  let manifestText: Buffer;
  try {
    manifestText = await readFile(join(bundleDir, MANIFEST));
  } catch {
    return refused('missing', `${MANIFEST} is missing, so the bundle cannot be checked`);
  }
  let parsed;
  try {
    parsed = manifestSchema.safeParse(JSON.parse(manifestText.toString('utf8')));
  } catch {
    return refused('manifest', `${MANIFEST} is not valid JSON`);
  }
  if (!parsed.success)
    return refused(
      'manifest',
      `${MANIFEST} does not describe a bundle: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
  return { ok: true, info: { manifest: parsed.data, sha256: createHash('sha256').update(manifestText).digest('hex') } };
}

async function readListed(bundleDir: string, path: string): Promise<Buffer | null> {
  try {
    return await readFile(join(bundleDir, ...path.split('/')));
  } catch {
    return null;
  }
}

/**
 * Checks every file of a bundle folder against the SHA-256 and size in its manifest, and that no file is missing
 * or added. Content packs reuse it, so it reads only the folder it is given and reports problems as values.
 */
export async function verifyBundle(bundleDir: string): Promise<BundleVerification> {
  const read = await readBundleManifest(bundleDir);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const { manifest } = read.info;
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    if (!isPlainRelative(entry.path) || entry.path === MANIFEST || listed.has(entry.path)) {
      return failure(MANIFEST, 'manifest', `${MANIFEST} lists an unusable path ${JSON.stringify(entry.path)}`);
    }
    listed.add(entry.path);
  }
  let present: string[];
  try {
    present = await listFiles(bundleDir);
  } catch {
    return failure('.', 'missing', 'the bundle folder cannot be read');
  }
  const problems: BundleFileProblem[] = [];
  const presentSet = new Set(present);
  for (const entry of manifest.files) {
    const data = presentSet.has(entry.path) ? await readListed(bundleDir, entry.path) : null;
    if (data === null) {
      const why = presentSet.has(entry.path) ? 'cannot be read' : 'is listed in the manifest but missing';
      problems.push({ file: entry.path, reason: 'missing', message: `${entry.path} ${why}` });
      continue;
    }
    const sha256 = createHash('sha256').update(data).digest('hex');
    if (data.length !== entry.size || sha256 !== entry.sha256) {
      problems.push({
        file: entry.path,
        reason: 'tampered',
        message: `${entry.path} has been changed: its SHA-256 does not match the manifest`,
      });
    }
  }
  for (const file of present) {
    if (file !== MANIFEST && !listed.has(file)) {
      problems.push({ file, reason: 'extra', message: `${file} is not listed in the manifest` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, manifest: read.info };
}
