import type { ManifestInfo } from './bundle-manifest';
import type { BundleVerification } from './bundle-verification';
import type { BundleProblem } from './shell-schema';

/** The bundle the shell serves, and why another one was refused if it was. */
export interface BundleSelection {
  /** The verified folder to serve, or null when even the built-in bundle failed. */
  dir: string | null;
  manifest: ManifestInfo | null;
  usingBuiltIn: boolean;
  /** The first problem of the first bundle refused, shown on the error page. */
  problem: BundleProblem | null;
}

/** Which folders to try: an installed bundle first when there is one, then the one shipped with the app. */
export interface BundleCandidates {
  installed: string | null;
  builtIn: string;
}

function problemOf(bundle: string, verification: BundleVerification): BundleProblem | null {
  if (verification.ok) return null;
  const first = verification.problems[0];
  return first ? { bundle, file: first.file, reason: first.reason, message: first.message } : null;
}

/** Verifies the installed bundle, falling back to the built-in one; never serves a bundle that failed. */
export async function selectBundle(candidates: BundleCandidates, verify: (dir: string) => Promise<BundleVerification>): Promise<BundleSelection> {
  let problem: BundleProblem | null = null;
  if (candidates.installed !== null) {
    const installed = await verify(candidates.installed);
    if (installed.ok) return { dir: candidates.installed, manifest: installed.manifest, usingBuiltIn: false, problem: null };
    problem = problemOf('installed', installed);
  }
  const builtIn = await verify(candidates.builtIn);
  if (builtIn.ok) return { dir: candidates.builtIn, manifest: builtIn.manifest, usingBuiltIn: true, problem };
  return { dir: null, manifest: null, usingBuiltIn: true, problem: problem ?? problemOf('built-in', builtIn) };
}
