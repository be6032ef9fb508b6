import type { AppInfo } from '../../common/contract/ipc-contract';
import type { ManifestInfo } from '../bundle-manifest';

/** Answers `app:info` from the app's identity and the manifest of the bundle being served. */
export function appInfoHandler(app: { name: string; version: string }, manifest: () => ManifestInfo): () => AppInfo {
  return () => {
    const { manifest: m, sha256 } = manifest();
    return {
      appName: app.name,
      appVersion: app.version,
      bundleId: m.bundleId,
      bundleVersion: m.version,
      contentDate: m.contentDate,
      manifestSha256: sha256,
    };
  };
}
