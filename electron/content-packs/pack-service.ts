import { randomUUID } from 'node:crypto';
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { PackManifest } from '../../content/model/pack-manifest-schema';
import type { BookmarkState } from '../../common/bookmarks/bookmark-schema';
import { affectedBookmarks, diffDocuments, readDocumentSummaries, type DocumentSummary } from './document-changes';
import { belowFloor } from './floor-check';
import type { MachineFloor } from './machine-floor';
import { packAcceptance } from './pack-acceptance';
import { verifyPackFolder } from './pack-folder';
import { readPointer, writePointer } from './pack-pointer';
import type { PackPreviewResult, PackSwitchResult } from './pack-outcomes';
import { whatsNewSchema, type ContentChanges, type PackStatus, type WhatsNew } from '../../common/contract/pack-schema';
import type { TrustedPackKey } from './pack-signature';
import { commitStaged, newStagingDir, packDirName } from './pack-store';
import { stagePack } from './stage-pack';
import type { ZipLimits } from './zip-limits';

/** The file that remembers the last switch of content for the "What's new" page. */
const WHATS_NEW_FILE = 'whats-new.json';

/** The content this process serves; it changes only at the next start, after a switch. */
export interface ServedContent {
  bundleDir: string;
  version: string;
  contentDate: string;
  source: 'pack' | 'built-in';
}

/** What the pack service works with; the shell passes real paths and keys, tests their own. */
export interface PackServiceOptions {
  root: string;
  keys: readonly TrustedPackKey[];
  limits: ZipLimits;
  bundleId: string;
  appVersion: string;
  /** Read when needed: main.ts settles what it serves after start-up has looked at the packs. */
  served: () => ServedContent;
  builtInBundleDir: string;
  /** Notices from start-up (a pack set aside), shown in the status. */
  notices: string[];
  bookmarks?: () => Promise<BookmarkState['bookmarks']>;
  /** Fraction done of the import in progress, 0 to 1. */
  onProgress?: (fraction: number) => void;
  /** The content version MachinePackDirectory sets: nothing older may be imported or reverted to. */
  floor?: MachineFloor | null;
}

/** Importing, switching and reverting content packs, with the answers the IPC channels give. */
export interface PackService {
  preview: (file: string) => Promise<PackPreviewResult>;
  install: (token: string, allowDowngrade: boolean) => Promise<PackSwitchResult>;
  revert: () => Promise<PackSwitchResult>;
  status: () => Promise<PackStatus>;
  whatsNew: () => Promise<WhatsNew | null>;
  /** Drops a staged pack the user did not install. */
  discard: () => Promise<void>;
}

interface Staged {
  token: string;
  dir: string;
  manifest: PackManifest;
  manifestSha256: string;
  downgrade: string | null;
  changes: ContentChanges;
}

/** Creates the service; only one pack is staged at a time, and a new preview drops the previous one. */
export function createPackService(options: PackServiceOptions): PackService {
  let staged: Staged | null = null;
  const progress = options.onProgress ?? (() => undefined);
  // The served bundle does not change while the process runs, so its documents are read once.
  let servedDocuments: Promise<Map<string, DocumentSummary>> | undefined;
  const served = () => (servedDocuments ??= readDocumentSummaries(options.served().bundleDir));

  const discard = async (): Promise<void> => {
    if (staged) await rm(staged.dir, { recursive: true, force: true });
    staged = null;
  };

  const recordSwitch = async (
    fromVersion: string,
    manifest: { version: string; contentDate: string },
    changes: ContentChanges,
  ): Promise<void> => {
    const record: WhatsNew = {
      fromVersion,
      toVersion: manifest.version,
      contentDate: manifest.contentDate,
      switchedAt: new Date().toISOString(),
      changes,
    };
    await writeFileAtomic(join(options.root, WHATS_NEW_FILE), JSON.stringify(record));
  };

  const preview = async (file: string): Promise<PackPreviewResult> => {
    await discard();
    const size = (await stat(file)).size;
    if (size > options.limits.maxArchiveBytes)
      return {
        outcome: 'refused',
        reason: `the file is ${size} bytes, more than the ${options.limits.maxArchiveBytes} a pack may have`,
      };
    progress(0);
    const dir = await newStagingDir(options.root);
    const check = await stagePack(await readFile(file), dir, {
      keys: options.keys,
      limits: options.limits,
      onProgress: (done, total) => progress(total > 0 ? (0.8 * done) / total : 0),
    });
    if (!check.ok) return { outcome: 'refused', reason: check.reason };
    const acceptance = packAcceptance(check.manifest, {
      bundleId: options.bundleId,
      appVersion: options.appVersion,
      currentVersion: options.served().version,
    });
    const refusal =
      acceptance.kind === 'refused'
        ? acceptance.reason
        : belowFloor(check.manifest.version, options.floor, 'the pack holds content');
    if (refusal !== null) {
      await rm(dir, { recursive: true, force: true });
      return { outcome: 'refused', reason: refusal };
    }
    const changes = diffDocuments(await served(), await readDocumentSummaries(check.bundleDir));
    const bookmarks = options.bookmarks ? affectedBookmarks(await options.bookmarks(), changes) : [];
    const downgrade = acceptance.kind === 'downgrade' ? acceptance.reason : null;
    staged = {
      token: randomUUID(),
      dir,
      manifest: check.manifest,
      manifestSha256: check.manifestSha256,
      downgrade,
      changes,
    };
    progress(1);
    return {
      outcome: 'ready',
      preview: {
        token: staged.token,
        version: check.manifest.version,
        contentDate: check.manifest.contentDate,
        currentVersion: options.served().version,
        downgrade,
        changes,
        bookmarks,
      },
    };
  };

  const install = async (token: string, allowDowngrade: boolean): Promise<PackSwitchResult> => {
    if (!staged || staged.token !== token)
      return { outcome: 'refused', reason: 'this pack is no longer staged: import it again' };
    if (staged.downgrade !== null && !allowDowngrade)
      return { outcome: 'refused', reason: `${staged.downgrade}; confirm to install it anyway` };
    const { dir, manifest, manifestSha256, changes } = staged;
    staged = null;
    const name = packDirName(manifest.version, manifestSha256);
    await commitStaged(options.root, dir, name, options.keys);
    const { pointer } = await readPointer(options.root);
    if (pointer.current === name) return { outcome: 'switched', version: manifest.version };
    await recordSwitch(options.served().version, manifest, changes);
    await writePointer(options.root, { format: 1, current: name, previous: pointer.current });
    return { outcome: 'switched', version: manifest.version };
  };

  const revert = async (): Promise<PackSwitchResult> => {
    const { pointer } = await readPointer(options.root);
    if (pointer.current === null)
      return { outcome: 'refused', reason: 'the built-in content is in use: there is nothing to revert to' };
    if (pointer.previous === null) {
      const built = JSON.parse(await readFile(join(options.builtInBundleDir, 'manifest.json'), 'utf8')) as {
        version: string;
        contentDate: string;
      };
      const refusal = belowFloor(built.version, options.floor, 'the built-in content is');
      if (refusal !== null) return { outcome: 'refused', reason: refusal };
      await recordSwitch(
        options.served().version,
        built,
        diffDocuments(await served(), await readDocumentSummaries(options.builtInBundleDir)),
      );
      await writePointer(options.root, { format: 1, current: null, previous: pointer.current });
      return { outcome: 'switched', version: built.version };
    }
    const check = await verifyPackFolder(join(options.root, pointer.previous), options.keys);
    if (!check.ok)
      return {
        outcome: 'refused',
        reason: `the previous content pack ${pointer.previous} failed its check: ${check.reason}`,
      };
    const refusal = belowFloor(check.manifest.version, options.floor, 'the previous content is');
    if (refusal !== null) return { outcome: 'refused', reason: refusal };
    await recordSwitch(
      options.served().version,
      check.manifest,
      diffDocuments(await served(), await readDocumentSummaries(check.bundleDir)),
    );
    await writePointer(options.root, { format: 1, current: pointer.previous, previous: pointer.current });
    return { outcome: 'switched', version: check.manifest.version };
  };

  const status = async (): Promise<PackStatus> => {
    const { pointer } = await readPointer(options.root);
    const served = options.served();
    return {
      source: served.source,
      version: served.version,
      contentDate: served.contentDate,
      canRevert: pointer.current !== null,
      notices: options.notices,
    };
  };

  const whatsNew = async (): Promise<WhatsNew | null> => {
    try {
      return whatsNewSchema.parse(JSON.parse(await readFile(join(options.root, WHATS_NEW_FILE), 'utf8')));
    } catch {
      return null;
    }
  };

  return { preview, install, revert, status, whatsNew, discard };
}
