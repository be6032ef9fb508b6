import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packManifestSchema } from '../../content/model/pack-manifest-schema';
import { buildContent } from '../compiler/compile';
import { archivePack } from './pack-archive';
import { packManifestBytes } from './pack-manifest';
import { signManifest } from './pack-keys';

/** Signs and archives an already compiled bundle folder. */
export function packBundle(bundleDir: string, privateKeyPem: string, minAppVersion: string): Uint8Array {
  const manifestBytes = packManifestBytes(bundleDir, minAppVersion);
  const manifest = packManifestSchema.parse(JSON.parse(manifestBytes.toString('utf8')));
  return archivePack(bundleDir, manifest, manifestBytes, signManifest(manifestBytes, privateKeyPem));
}

/** Compiles a content folder into a temporary bundle and makes a signed pack of it; the temporary folder is removed. */
export function makePack(contentDir: string, privateKeyPem: string, minAppVersion: string): Uint8Array {
  const work = mkdtempSync(join(tmpdir(), 'polcoop-pack-'));
  try {
    const bundleDir = join(work, 'bundle');
    buildContent(contentDir, bundleDir);
    return packBundle(bundleDir, privateKeyPem, minAppVersion);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
