import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../content/model/bundle-schema';
import { readManifest } from '../../electron/bundle-manifest';
import { bundleProblems } from '../packaging/bundle-verification';
import type { SiteRoots } from './request-handler';

/** The outcome of checking what would be served: the bundle's manifest, or why serving cannot start. */
export type SiteCheck = { ok: true; manifest: Manifest } | { ok: false; message: string };

/** Checks before serving that the renderer is built and the bundle is complete and matches its manifest's hashes. */
export function checkSite(roots: SiteRoots): SiteCheck {
  if (!existsSync(join(roots.rendererDir, 'index.html'))) {
    return { ok: false, message: `The renderer is not built (${join(roots.rendererDir, 'index.html')} is missing): run \`npm run build\` first.` };
  }
  let problems: string[];
  try {
    problems = bundleProblems(roots.bundleDir);
  } catch (error) {
    problems = [`${join(roots.bundleDir, 'manifest.json')} cannot be read: ${(error as Error).message}`];
  }
  if (problems.length > 0) {
    const list = problems.map((problem) => `  - ${problem}`).join('\n');
    return { ok: false, message: `Cannot serve the content bundle at ${roots.bundleDir}:\n${list}\nBuild it with \`npm run content:build\`, or pass --bundle DIR.` };
  }
  return { ok: true, manifest: readManifest(roots.bundleDir).manifest };
}
