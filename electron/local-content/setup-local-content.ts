import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocumentSummaries } from '../content-packs/document-changes';
import type { ZipLimits } from '../content-packs/zip-limits';
import type { ServedBundle } from '../content-decision';
import type { EffectivePolicy } from '../policies/effective-policy';
import type { PolicyRefusal } from '../policies/policy-entries';
import { folderRefusals } from '../policies/policy-report';
import { loadLocalPacks } from './local-packs';

/** Where verified local packs are kept, in the user-data folder; the shell serves it as app://polcoop/local/. */
export function localContentRoot(userData: string): string {
  return join(userData, 'local-content');
}

/** The folder to serve under /local/ (null: no local content) and what LocalContentDirectory refused. */
export interface LocalContentSetup {
  dir: string | null;
  refused: PolicyRefusal[];
  /** One line per pack served, for the log. */
  served: string[];
}

/**
 * Applies LocalContentDirectory once the official content is decided. Without the policy, any local content kept
 * from an earlier start is removed, as it is when the policy stops trusting a pack's key.
 */
export async function setupLocalContent(
  policy: Pick<EffectivePolicy, 'values' | 'trustedKeys'>,
  official: ServedBundle,
  userData: string,
  limits: ZipLimits,
): Promise<LocalContentSetup> {
  const root = localContentRoot(userData);
  const dir = policy.values.LocalContentDirectory;
  if (dir === undefined) {
    await rm(root, { recursive: true, force: true });
    return { dir: null, refused: [], served: [] };
  }
  let outcome;
  try {
    const ids = new Set((await readDocumentSummaries(official.dir)).keys());
    outcome = await loadLocalPacks({
      dir,
      root,
      keys: policy.trustedKeys,
      limits,
      official: { bundleId: official.manifest.manifest.bundleId, ids },
    });
  } catch (error) {
    // The user-data folder could not be written (a full disk): the official reference still starts, without local content.
    const reason = `local content could not be prepared (${error instanceof Error ? error.message : String(error)})`;
    return { dir: null, refused: folderRefusals('LocalContentDirectory', [{ file: dir, reason }]), served: [] };
  }
  // Served even when every pack was refused: the page, told by the policy that there is a folder, finds an empty list.
  return {
    dir: root,
    refused: folderRefusals('LocalContentDirectory', outcome.refused),
    served: outcome.index.packs.map(
      (pack) => `${pack.organisation} (${pack.bundleId} ${pack.version}, ${pack.documents.length} documents)`,
    ),
  };
}
