import type { BundleLoad } from '../bundle/load-bundle';
import type { LocalContent } from './load-local-content';

/**
 * The official bundle with the local documents beside it, never instead of it: a local document whose id the
 * official bundle has is dropped here too (the shell already refused its pack), and nothing official is changed.
 * Returns the merged bundle and the local content actually added.
 */
export function mergeLocalContent(
  loaded: BundleLoad,
  local: LocalContent,
): { loaded: BundleLoad; local: LocalContent } {
  if (!loaded.ok || local.documents.length === 0) return { loaded, local };
  const official = new Set(loaded.bundle.documents.map((document) => document.id));
  const added = local.documents.filter((document) => !official.has(document.id));
  const organisations = new Map([...local.organisations].filter(([id]) => !official.has(id)));
  return {
    loaded: { ok: true, bundle: { ...loaded.bundle, documents: [...loaded.bundle.documents, ...added] } },
    local: { ...local, documents: added, organisations },
  };
}
