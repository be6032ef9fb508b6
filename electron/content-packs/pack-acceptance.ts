import type { PackManifest } from '../../content/model/pack-manifest-schema';
import { compareVersions } from './version-order';

/** What the running app and its current content are, for deciding whether a pack may replace it. */
export interface AcceptanceContext {
  bundleId: string;
  appVersion: string;
  currentVersion: string;
}

/** Whether a verified pack fits this app: refused, needing the user's confirmation (not newer), or acceptable. */
export type Acceptance =
  { kind: 'refused'; reason: string } | { kind: 'downgrade'; reason: string } | { kind: 'upgrade' };

/** Why a pack cannot serve this app at all (another reference, a newer app needed), or null when it can. */
export function packIncompatibility(
  manifest: PackManifest,
  context: Pick<AcceptanceContext, 'bundleId' | 'appVersion'>,
): string | null {
  if (manifest.bundleId !== context.bundleId)
    return `the pack holds "${manifest.bundleId}", not this reference ("${context.bundleId}")`;
  const app = compareVersions(manifest.minAppVersion, context.appVersion);
  if (app === undefined)
    return `the app version ${context.appVersion} cannot be compared with the pack's minimum ${manifest.minAppVersion}`;
  if (app > 0)
    return `the pack needs version ${manifest.minAppVersion} of the app or later; this is ${context.appVersion}`;
  return null;
}

/** Checks bundle id, minimum app version and version order; a pack that is not newer needs the user to confirm. */
export function packAcceptance(manifest: PackManifest, context: AcceptanceContext): Acceptance {
  const incompatibility = packIncompatibility(manifest, context);
  if (incompatibility !== null) return { kind: 'refused', reason: incompatibility };
  const order = compareVersions(manifest.version, context.currentVersion);
  if (order === undefined || order <= 0) {
    const relation = order === 0 ? 'the same as' : 'older than';
    return {
      kind: 'downgrade',
      reason: `the pack's content ${manifest.version} is ${order === undefined ? 'not comparable with' : relation} the content in use (${context.currentVersion})`,
    };
  }
  return { kind: 'upgrade' };
}
