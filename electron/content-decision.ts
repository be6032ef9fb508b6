import type { ManifestInfo } from './bundle-manifest';
import { readBundleManifest, verifyBundle, type BundleFileProblem } from './bundle-verification';
import { applyMachineFloor, NO_MACHINE_OUTCOME, type MachineOutcome } from './content-packs/machine-floor';
import { resolveActivePack } from './content-packs/pack-startup';
import type { TrustedPackKey } from './content-packs/pack-signature';
import { packsRoot } from './content-packs/pack-store';
import type { ZipLimits } from './content-packs/zip-limits';

/** Where start-up finds content and what judges it: signed packs in the user-data folder, then the bundle shipped with the app. */
export interface ContentSources {
  userData: string;
  builtInBundleDir: string;
  keys: readonly TrustedPackKey[];
  appVersion: string;
  /** The administrators' MachinePackDirectory (read only), whose newest valid pack is the floor. */
  machine?: { dir: string; limits: ZipLimits };
}

/** A bundle folder that passed its verification at this start, and where it came from. */
export interface ServedBundle {
  dir: string;
  manifest: ManifestInfo;
  source: 'pack' | 'built-in';
}

/**
 * What the shell serves: a verified bundle, or the problem of the built-in one for the error page. `notices` says
 * what happened to installed packs that were not used (set aside, unreadable pointer), for the log and the user.
 */
export type ContentDecision = (
  { ok: true; served: ServedBundle; notices: string[] } | { ok: false; problem: BundleFileProblem; notices: string[] }
) & {
  /** What MachinePackDirectory set: the floor for imports and reverts, and the files it refused. */
  machine: MachineOutcome;
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function activePack(sources: ContentSources, bundleId: string, notices: string[]): Promise<ServedBundle | null> {
  try {
    const active = await resolveActivePack(packsRoot(sources.userData), {
      keys: sources.keys,
      bundleId,
      appVersion: sources.appVersion,
    });
    notices.push(...active.notices);
    return active.bundleDir !== null && active.bundle !== null
      ? { dir: active.bundleDir, manifest: active.bundle, source: 'pack' }
      : null;
  } catch (error) {
    // The packs folder could not be read or written (permissions, a full disk): the built-in content still can be.
    notices.push(
      `The installed content packs could not be checked (${messageOf(error)}); the built-in content is used.`,
    );
    return null;
  }
}

/**
 * The one content decision of start-up: the active content pack when its signature and every hash verify (a failing
 * one is set aside, falling back to the previous pack), else the built-in bundle when it verifies, else the built-in
 * bundle's problem. Each candidate is verified once, and only while still needed. Its parts report failures as
 * values, so it never throws. Nothing else in the user-data folder is ever served: outside content arrives signed.
 */
export async function decideContent(sources: ContentSources): Promise<ContentDecision> {
  const notices: string[] = [];
  // The built-in manifest names the reference a pack must hold; without it no pack can be judged, so none is touched.
  const builtIn = await readBundleManifest(sources.builtInBundleDir);
  let pack = builtIn.ok ? await activePack(sources, builtIn.info.manifest.bundleId, notices) : null;
  // The organisation's pack wins over the built-in content and the user's own packs whenever it is newer than both.
  const machine =
    builtIn.ok && sources.machine
      ? await applyMachineFloor(
          {
            dir: sources.machine.dir,
            root: packsRoot(sources.userData),
            keys: sources.keys,
            limits: sources.machine.limits,
            bundleId: builtIn.info.manifest.bundleId,
            appVersion: sources.appVersion,
          },
          (pack?.manifest ?? builtIn.info).manifest.version,
        )
      : NO_MACHINE_OUTCOME;
  notices.push(...machine.notices);
  if (machine.installed) pack = { ...machine.installed, source: 'pack' };
  if (pack) return { ok: true, served: pack, notices, machine };
  const verified = await verifyBundle(sources.builtInBundleDir);
  if (verified.ok)
    return {
      ok: true,
      served: { dir: sources.builtInBundleDir, manifest: verified.manifest, source: 'built-in' },
      notices,
      machine,
    };
  return {
    ok: false,
    problem: verified.problems[0] ?? { file: '.', reason: 'missing', message: 'the built-in bundle failed its check' },
    notices,
    machine,
  };
}
