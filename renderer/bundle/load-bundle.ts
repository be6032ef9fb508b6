import type { Bundle } from '../../content/model/bundle-schema';
import { formatProblem } from '../../content/model/format-check';
import { BUNDLE_FORMAT, CATALOGUE_FILE } from '../../content/model/formats';

/** The bundle, or why it could not be read. */
export type BundleLoad = { ok: true; bundle: Bundle } | { ok: false; message: string };

/**
 * Fetches the bundle's catalogue served beside the renderer (the documents' bodies come later, one file each, through
 * `document-bodies.ts`); never throws.
 *
 * Only the format and the top-level shape are checked here. The compiler validates every bundle it writes
 * against `bundleSchema`, content packs carry that output under a signature, and the shell (or the web
 * edition's server) checks every file against the manifest's hashes before serving it: parsing the whole
 * bundle again with zod on the start-up path cost about 80 ms and 60 KB of script for no added safety.
 */
export async function loadBundle(path = `bundle/${CATALOGUE_FILE}`): Promise<BundleLoad> {
  try {
    const response = await fetch(path);
    if (!response.ok) return { ok: false, message: `${path}: ${response.status} ${response.statusText}` };
    const data: unknown = await response.json();
    const problem = formatProblem(data, path, {
      kind: 'bundle',
      format: BUNDLE_FORMAT,
      arrays: ['documents', 'terms'],
    });
    if (problem !== null) return { ok: false, message: problem };
    const bundle = data as Bundle;
    // Bundles compiled before topics had titles (compiler 1.0) carry none: their topics are then not shown at all.
    return { ok: true, bundle: Array.isArray(bundle.topics) ? bundle : { ...bundle, topics: [] } };
  } catch (error) {
    return { ok: false, message: `${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
