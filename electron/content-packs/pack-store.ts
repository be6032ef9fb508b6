import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory } from '../bookmarks/directory-sync';
import { verifyPackFolder } from './pack-folder';
import type { TrustedPackKey } from './pack-signature';

/** Where installed packs live in the user-data folder. */
export function packsRoot(userDataDir: string): string {
  return join(userDataDir, 'content-packs');
}

/** An installed pack's folder name: its version and the start of its manifest's SHA-256, so two builds of one version differ. */
export function packDirName(version: string, manifestSha256: string): string {
  return `${version}-${manifestSha256.slice(0, 12)}`;
}

const STAGING_PREFIX = '.staging-';

/** A fresh staging folder inside the packs folder, so the final rename stays on one file system and is atomic. */
export async function newStagingDir(root: string): Promise<string> {
  await mkdir(root, { recursive: true });
  return join(root, `${STAGING_PREFIX}${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
}

/** Removes staging folders that an interrupted import left behind; they never held an installed pack. */
export async function removeStaleStaging(root: string, keep?: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(STAGING_PREFIX) && join(root, name) !== keep)
      await rm(join(root, name), { recursive: true, force: true });
  }
}

/** Moves a pack folder out of use under a new name, never deleting it, so its files stay available for inspection. */
export async function setAside(root: string, dirName: string): Promise<string> {
  const asideName = `${dirName}.set-aside-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await rename(join(root, dirName), join(root, asideName));
  await syncDirectory(root);
  return asideName;
}

/**
 * Moves a verified staging folder to its final name. When a folder of that name already holds the same verified
 * pack, it is kept and the staging folder dropped; a folder that fails verification is set aside first.
 */
export async function commitStaged(
  root: string,
  stagingDir: string,
  dirName: string,
  keys: readonly TrustedPackKey[],
): Promise<void> {
  const target = join(root, dirName);
  const existing = await verifyPackFolder(target, keys).catch(() => ({ ok: false as const }));
  if (existing.ok) {
    await rm(stagingDir, { recursive: true, force: true });
    return;
  }
  const names = await readdir(root);
  if (names.includes(dirName)) await setAside(root, dirName);
  await rename(stagingDir, target);
  await syncDirectory(root);
}
