import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import {
  LOCAL_CONTENT_FILE,
  LOCAL_CONTENT_FORMAT,
  type LocalContentIndex,
  type LocalPackEntry,
} from '../../content/model/local-content';
import { readMachinePack } from '../content-packs/machine-packs';
import { PACK_BUNDLE } from '../content-packs/pack-folder';
import type { TrustedPackKey } from '../content-packs/pack-signature';
import { commitStaged, newStagingDir, packDirName, removeStaleStaging } from '../content-packs/pack-store';
import { stagePack } from '../content-packs/stage-pack';
import type { ZipLimits } from '../content-packs/zip-limits';
import { officialCollisions } from './local-merge';

/** What judges the packs of a LocalContentDirectory. */
export interface LocalContentOptions {
  /** The administrators' folder of local packs, read only. */
  dir: string;
  /** The app's own cache of verified local packs (`<userData>/local-content`), rebuilt at each start. */
  root: string;
  /** Only the policy's TrustedPackKeys: local content is the organisation's, not the publisher's. */
  keys: readonly TrustedPackKey[];
  limits: ZipLimits;
  /** The official reference: its bundle id, which no local pack may take, and its document ids, which none may reuse. */
  official: { bundleId: string; ids: ReadonlySet<string> };
}

/** The local packs served at this start, and every pack refused with the reason. */
export interface LocalContentOutcome {
  index: LocalContentIndex;
  refused: { file: string; reason: string }[];
}

interface BundleHead {
  title?: unknown;
  documents?: { id?: unknown }[];
}

async function readBundleHead(bundleDir: string): Promise<{ organisation: string; ids: string[] } | string> {
  try {
    const head = JSON.parse(await readFile(join(bundleDir, 'bundle.json'), 'utf8')) as BundleHead;
    const ids = (head.documents ?? []).map((document) => document.id).filter((id) => typeof id === 'string');
    if (typeof head.title !== 'string' || head.title.trim() === '')
      return 'its bundle has no title to name the organisation';
    if (ids.length === 0) return 'it holds no documents';
    return { organisation: head.title.trim(), ids };
  } catch (error) {
    return `its bundle.json cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Verifies one local pack into a staging folder, checks whose it is and that it changes nothing official. */
async function admit(
  file: string,
  options: LocalContentOptions,
  taken: ReadonlySet<string>,
): Promise<LocalPackEntry | { reason: string }> {
  const read = await readMachinePack(file, options.limits);
  if (!read.ok) return { reason: read.reason };
  const staging = await newStagingDir(options.root);
  const check = await stagePack(read.archive, staging, { keys: options.keys, limits: options.limits });
  if (!check.ok)
    return {
      reason: check.reason.startsWith('the signature is not by a trusted key')
        ? `${check.reason} (local content must be signed by a key in TrustedPackKeys)`
        : check.reason,
    };
  const refuse = async (reason: string) => {
    await rm(staging, { recursive: true, force: true });
    return { reason };
  };
  if (check.manifest.bundleId === options.official.bundleId)
    return refuse(
      `it holds the official reference ("${check.manifest.bundleId}"); local content needs a bundle id of its own`,
    );
  const head = await readBundleHead(join(staging, PACK_BUNDLE));
  if (typeof head === 'string') return refuse(head);
  const collisions = officialCollisions(head.ids, options.official.ids, taken);
  if (collisions) return refuse(collisions);
  const folder = packDirName(check.manifest.version, check.manifestSha256);
  await commitStaged(options.root, staging, folder, options.keys);
  return {
    folder,
    organisation: head.organisation,
    bundleId: check.manifest.bundleId,
    version: check.manifest.version,
    documents: head.ids,
  };
}

/**
 * Applies LocalContentDirectory at start: each `.polcoop` file directly in the folder must be signed by a key the
 * policy trusts, verify in full, and add documents without touching an official one; each that does is kept in
 * `root` and listed in `local-content.json`. Packs no longer in the folder or no longer trusted are removed from
 * `root` (it only caches the administrators' folder). Nothing here stops the start.
 */
export async function loadLocalPacks(options: LocalContentOptions): Promise<LocalContentOutcome> {
  const outcome: LocalContentOutcome = { index: { format: LOCAL_CONTENT_FORMAT, packs: [] }, refused: [] };
  let names: string[] = [];
  try {
    names = (await readdir(options.dir)).filter((name) => name.toLowerCase().endsWith('.polcoop')).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    outcome.refused.push({
      file: options.dir,
      reason: `the folder cannot be read (${code ?? String(error)}); no local content applies`,
    });
  }
  await removeStaleStaging(options.root);
  const taken = new Set<string>();
  for (const name of names) {
    const file = join(options.dir, name);
    const verdict = await admit(file, options, taken).catch((error: unknown) => ({
      reason: `it could not be installed (${error instanceof Error ? error.message : String(error)})`,
    }));
    if ('reason' in verdict) {
      outcome.refused.push({ file, reason: verdict.reason });
      continue;
    }
    verdict.documents.forEach((id) => taken.add(id));
    outcome.index.packs.push(verdict);
  }
  await removeStaleStaging(options.root);
  const kept = new Set(outcome.index.packs.map((pack) => pack.folder));
  for (const entry of await readdir(options.root).catch(() => [])) {
    if (entry !== LOCAL_CONTENT_FILE && !kept.has(entry))
      await rm(join(options.root, entry), { recursive: true, force: true });
  }
  await writeFileAtomic(join(options.root, LOCAL_CONTENT_FILE), `${JSON.stringify(outcome.index)}\n`);
  return outcome;
}
