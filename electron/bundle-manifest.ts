import type { Manifest } from '../content/model/bundle-schema';

/** A bundle's manifest and the SHA-256 of the manifest file itself (shown in About). */
export interface ManifestInfo {
  manifest: Manifest;
  sha256: string;
}
