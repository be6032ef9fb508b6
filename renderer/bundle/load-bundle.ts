import type { Bundle } from '../../content/model/bundle-schema';
import { BUNDLE_FORMAT } from '../../content/model/formats';

/** The bundle, or why it could not be read. */
export type BundleLoad = { ok: true; bundle: Bundle } | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Fetches the compiled bundle served beside the renderer; never throws.
 *
 * Only the format and the top-level shape are checked here. The compiler validates every bundle it writes
 * against `bundleSchema`, content packs carry that output under a signature, and the shell (or the web
 * edition's server) checks every file against the manifest's hashes before serving it: parsing the whole
 * bundle again with zod on the start-up path cost about 80 ms and 60 KB of script for no added safety.
 */
export async function loadBundle(path = 'bundle/bundle.json'): Promise<BundleLoad> {
  try {
    const response = await fetch(path);
    if (!response.ok) return { ok: false, message: `${path}: ${response.status} ${response.statusText}` };
    const data: unknown = await response.json();
    if (!isRecord(data)) return { ok: false, message: `${path} does not hold a bundle` };
    if (data.format !== BUNDLE_FORMAT) return { ok: false, message: `${path} has format ${JSON.stringify(data.format)}; this reader reads format ${BUNDLE_FORMAT}` };
    if (!Array.isArray(data.documents) || !Array.isArray(data.terms)) return { ok: false, message: `${path} has no documents or terms` };
    return { ok: true, bundle: data as Bundle };
  } catch (error) {
    return { ok: false, message: `${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
