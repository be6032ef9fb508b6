import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestSchema } from '../../content/model/bundle-schema';
import { PACK_FORMAT, packManifestSchema, type PackManifest } from '../../content/model/pack-manifest-schema';

/** The pack manifest of a compiled bundle folder: its own manifest, checked, plus the pack fields; these bytes get signed. */
export function packManifestBytes(bundleDir: string, minAppVersion: string): Buffer {
  const bundle = manifestSchema.parse(JSON.parse(readFileSync(join(bundleDir, 'manifest.json'), 'utf8')));
  const manifest: PackManifest = packManifestSchema.parse({ ...bundle, packFormat: PACK_FORMAT, minAppVersion });
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
}
