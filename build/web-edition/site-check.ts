import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../content/model/bundle-schema';
import { verifyBundle } from '../../electron/bundle-verification';
import type { SiteRoots } from './request-handler';

/** The outcome of checking what would be served: the bundle's manifest, or why serving cannot start. */
export type SiteCheck = { ok: true; manifest: Manifest } | { ok: false; message: string };

/** Checks before serving, with the shell's own bundle verification, that the renderer is built and the bundle matches its manifest's hashes. */
export async function checkSite(roots: SiteRoots): Promise<SiteCheck> {
  if (!existsSync(join(roots.rendererDir, 'index.html'))) {
    return {
      ok: false,
      message: `The renderer is not built (${join(roots.rendererDir, 'index.html')} is missing): run \`npm run build\` first.`,
    };
  }
  const bundle = await verifyBundle(roots.bundleDir);
  if (!bundle.ok) {
    const list = bundle.problems.map((problem) => `  - ${problem.message}`).join('\n');
    return {
      ok: false,
      message: `Cannot serve the content bundle at ${roots.bundleDir}:\n${list}\nBuild it with \`npm run content:build\`, or pass --bundle DIR.`,
    };
  }
  return { ok: true, manifest: bundle.manifest.manifest };
}
