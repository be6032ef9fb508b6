import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestSchema, type Manifest } from '../content/model/bundle-schema';

/** A bundle's manifest and the SHA-256 of the manifest file itself (shown in About). */
export interface ManifestInfo {
  manifest: Manifest;
  sha256: string;
}

/** Reads and validates `manifest.json` of a bundle folder; throws with the reason when it is unusable. */
export function readManifest(bundleDir: string): ManifestInfo {
  const text = readFileSync(join(bundleDir, 'manifest.json'));
  const manifest = manifestSchema.parse(JSON.parse(text.toString('utf8')));
  return { manifest, sha256: createHash('sha256').update(text).digest('hex') };
}
