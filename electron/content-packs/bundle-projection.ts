import type { Manifest } from '../../content/model/bundle-schema';
import { BUNDLE_FORMAT } from '../../content/model/formats';
import type { PackManifest } from '../../content/model/pack-manifest-schema';

/** The plain bundle manifest a pack manifest stands for: what the installed bundle folder holds, for `verifyBundle`. */
export function bundleManifestOf(pack: PackManifest): Manifest {
  return {
    format: BUNDLE_FORMAT,
    bundleId: pack.bundleId,
    version: pack.version,
    contentDate: pack.contentDate,
    compilerVersion: pack.compilerVersion,
    files: pack.files,
  };
}

/** Whether two bundle manifests describe the same bundle, file for file, whatever their key order. */
export function sameBundle(a: Manifest, b: Manifest): boolean {
  const files = (manifest: Manifest) =>
    JSON.stringify(
      [...manifest.files].sort((x, y) => x.path.localeCompare(y.path)).map((f) => [f.path, f.size, f.sha256]),
    );
  return (
    a.format === b.format &&
    a.bundleId === b.bundleId &&
    a.version === b.version &&
    a.contentDate === b.contentDate &&
    a.compilerVersion === b.compilerVersion &&
    files(a) === files(b)
  );
}
