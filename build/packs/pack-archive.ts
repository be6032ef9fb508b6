import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { PackManifest } from '../../content/model/pack-manifest-schema';

// A fixed time makes the same content and key give the same archive bytes.
const MTIME = new Date('2000-01-01T00:00:00Z');

/** Zips a bundle folder's listed files with the signed manifest and its signature into one `.polcoop` archive. */
export function archivePack(
  bundleDir: string,
  manifest: PackManifest,
  manifestBytes: Uint8Array,
  signature: string,
): Uint8Array {
  const files: Zippable = {
    'manifest.json': [manifestBytes, { level: 0 }],
    'manifest.sig': [Buffer.from(signature), { level: 0 }],
  };
  for (const file of [...manifest.files].sort((a, b) => a.path.localeCompare(b.path))) {
    files[file.path] = [readFileSync(join(bundleDir, ...file.path.split('/'))), { level: 6 }];
  }
  return zipSync(files, { mtime: MTIME });
}
