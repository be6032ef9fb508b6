import { copyFile, link, mkdir, readdir, readFile, rename, rm, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { parseBookmarkJson } from '../../common/bookmarks/bookmark-json';
import { emptyBookmarkDocument } from '../../common/bookmarks/bookmark-migrations';
import type { BookmarkDocument, StoreNotice } from '../../common/bookmarks/bookmark-schema';
import {
  createBookmarkService,
  type BookmarkHandlers,
  type BookmarkPersistence,
  type ServiceOptions,
} from '../../common/bookmarks/bookmark-service';
import { applyChanges, diffDocuments, journalLine, readJournal, type JournalChange } from './bookmark-journal';
import { syncDirectory } from './directory-sync';
import { clearJournalFile, openJournalFile, type JournalFile } from './journal-file';
import { CHECKSUM_FILE, checksumRecord, snapshotDigest, trustedSnapshot } from './snapshot-checksum';
import { decodeSnapshot, snapshotText } from './snapshot-text';

/** The snapshot: the whole versioned document. */
export const BOOKMARK_FILE = 'bookmarks.json';
/** The previous snapshot, kept each time the snapshot is rewritten. */
export const LAST_GOOD_FILE = 'bookmarks.last-good.json';
/** Operations since the snapshot, one line each: an operation appends a short line instead of rewriting megabytes. */
export const JOURNAL_FILE = 'bookmarks.journal';
/** What journal lines name as their base while there is no snapshot yet. */
const NO_SNAPSHOT = 'none';

/** Writes a whole file atomically (temp file, fsync, rename); replaceable so tests can simulate a full disk. */
export type AtomicWrite = (path: string, data: string) => Promise<void>;

/** Where the store's files go and how they are written; the writers are replaceable so tests can simulate a full disk. */
export interface FileStoreOptions {
  write?: AtomicWrite;
  openJournal?: (path: string) => Promise<JournalFile>;
  now?: () => Date;
  /** After this many journalled changes the snapshot is rewritten and the journal emptied (default 2000). */
  compactAfter?: number;
}

const atomicWrite: AtomicWrite = (path, data) => writeFileAtomic(path, data, { fsync: true });

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

type ReadResult = { document: BookmarkDocument; digest: string } | { missing: true } | { problem: string };

/** Reads a document; with `checksumPath`, bytes this store wrote itself (checksum matches) skip schema validation. */
async function readDocument(path: string, checksumPath?: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return isMissing(error) ? { missing: true } : { problem: errorMessage(error) };
  }
  const digest = snapshotDigest(bytes);
  if (checksumPath !== undefined) {
    const trusted = trustedSnapshot(bytes, await readText(checksumPath).catch(() => ''), digest);
    if (trusted !== null) return { document: trusted, digest };
  }
  try {
    return { document: parseBookmarkJson(decodeSnapshot(bytes)), digest };
  } catch (error) {
    return { problem: errorMessage(error) };
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return '';
    throw error;
  }
}

/** Removes temp files of writes a crash interrupted: their content was never acknowledged, and the real file is whole. */
async function removeInterruptedWrites(directory: string): Promise<void> {
  for (const name of await readdir(directory)) {
    if (/^bookmarks\.(json|checksum)\.[0-9a-f]+$|^bookmarks\.last-good\.json\.tmp$/.test(name))
      await rm(join(directory, name), { force: true });
  }
}

/** Moves an unreadable file aside under a dated name; it is never deleted, so nothing in it is lost. */
async function moveAside(directory: string, file: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${file.replace(/\.(json|journal)$/, '')}.unreadable-${stamp}.${file.endsWith('.journal') ? 'journal' : 'json'}`;
  await rename(join(directory, file), join(directory, target));
  return target;
}

/** Keeps the snapshot about to be replaced as the last good copy: a hard link costs no copying; copy where links are not supported. */
async function keepLastGood(directory: string): Promise<void> {
  const pending = join(directory, `${LAST_GOOD_FILE}.tmp`);
  await rm(pending, { force: true });
  try {
    await link(join(directory, BOOKMARK_FILE), pending);
  } catch (error) {
    if (isMissing(error)) return;
    await copyFile(join(directory, BOOKMARK_FILE), pending);
  }
  await rename(pending, join(directory, LAST_GOOD_FILE));
}

/**
 * The bookmark files in `directory`: a snapshot rewritten atomically (temp file, fsync, rename, folder fsync) with the
 * previous one kept as the last good copy, and a journal of operations since, each appended and synced before it is acknowledged.
 */
export function createBookmarkFilePersistence(directory: string, options: FileStoreOptions = {}): BookmarkPersistence {
  const write = options.write ?? atomicWrite;
  const openJournal = options.openJournal ?? openJournalFile;
  const now = options.now ?? (() => new Date());
  const compactAfter = options.compactAfter ?? 2000;
  const snapshotPath = join(directory, BOOKMARK_FILE);
  const journalPath = join(directory, JOURNAL_FILE);
  const checksumPath = join(directory, CHECKSUM_FILE);
  let journal: JournalFile | null = null;
  let journalBytes = 0;
  let journalChanges = 0;
  let journalNeedsReset = false;
  /** The digest of the snapshot on disk, which every journal line names as its base. */
  let snapshotBase = NO_SNAPSHOT;

  /**
   * The old checksum goes first, so a crash never leaves it beside new bytes it does not describe; writing the new one
   * may fail without failing the save, since a snapshot without a checksum is merely validated in full on load.
   */
  async function writeSnapshotFile(document: BookmarkDocument): Promise<void> {
    const text = snapshotText(document);
    const digest = snapshotDigest(text);
    await rm(checksumPath, { force: true });
    await write(snapshotPath, text);
    await write(checksumPath, checksumRecord(text, digest)).catch(() => undefined);
    await syncDirectory(directory);
    snapshotBase = digest;
  }

  async function writeSnapshot(document: BookmarkDocument): Promise<void> {
    await keepLastGood(directory);
    await writeSnapshotFile(document);
    await (journal ? journal.clear() : clearJournalFile(journalPath));
    journalBytes = 0;
    journalChanges = 0;
    journalNeedsReset = false;
  }

  async function readSnapshot(): Promise<{ document: BookmarkDocument; notice: StoreNotice | null }> {
    const result = await readDocument(snapshotPath, checksumPath);
    if ('document' in result) {
      snapshotBase = result.digest;
      return { document: result.document, notice: null };
    }
    const lastGood = await readDocument(join(directory, LAST_GOOD_FILE));
    if ('missing' in result && 'missing' in lastGood) return { document: emptyBookmarkDocument(), notice: null };
    const reason = 'missing' in result ? 'the file was missing' : result.problem;
    const movedTo = 'missing' in result ? null : await moveAside(directory, BOOKMARK_FILE, now());
    const moved = movedTo === null ? '' : ` It was moved to ${movedTo} in ${directory}.`;
    if ('document' in lastGood) {
      await writeSnapshotFile(lastGood.document);
      return {
        document: lastGood.document,
        notice: {
          message: `Your bookmarks file could not be read (${reason}).${moved} The last good copy was restored; changes made between the two may be missing.`,
          movedTo,
        },
      };
    }
    if ('problem' in lastGood) await moveAside(directory, LAST_GOOD_FILE, now());
    return {
      document: emptyBookmarkDocument(),
      notice: {
        message: `Your bookmarks file could not be read (${reason}) and no good copy was found.${moved} Bookmarks start empty.`,
        movedTo,
      },
    };
  }

  return {
    async load() {
      await mkdir(directory, { recursive: true });
      await removeInterruptedWrites(directory);
      const snapshot = await readSnapshot();
      const text = await readText(journalPath);
      // After a recovery the snapshot is another one than the journal's, so every readable line is replayed.
      const { changes, validText, problem, skipped } = readJournal(
        text,
        snapshot.notice === null ? snapshotBase : null,
      );
      let document = snapshot.document;
      let journalProblem = problem;
      try {
        document = applyChanges(snapshot.document, changes);
      } catch (error) {
        journalProblem = `journal does not fit the bookmarks: ${errorMessage(error)}`;
      }
      if (journalProblem !== null) {
        const movedTo = await moveAside(directory, JOURNAL_FILE, now());
        await writeSnapshot(document);
        const message = `Recent bookmark changes could not all be read (${journalProblem}); those before the damage were kept, and the journal was moved to ${movedTo} in ${directory}.`;
        return { document, notice: snapshot.notice ?? { message, movedTo } };
      }
      // Lines of an older snapshot, or a replay over a recovered one: fold into a fresh snapshot with an empty journal.
      if (skipped > 0 || (snapshot.notice !== null && changes.length > 0)) {
        await writeSnapshot(document);
        return { document, notice: snapshot.notice };
      }
      if (validText.length !== text.length) await truncate(journalPath, Buffer.byteLength(validText));
      journalBytes = Buffer.byteLength(validText);
      journalChanges = changes.length;
      return { document, notice: snapshot.notice };
    },
    async save(document, previous) {
      const changes: JournalChange[] = diffDocuments(previous, document);
      if (changes.length === 0) return;
      // Opened on the first change, so that merely reading bookmarks holds no file open.
      journal ??= await openJournal(journalPath);
      if (journalNeedsReset || journalChanges + changes.length > compactAfter) return writeSnapshot(document);
      const line = journalLine(changes, snapshotBase);
      try {
        await journal.append(line);
      } catch (error) {
        // A partly written line would make the next one unreadable: cut it off, or rewrite the snapshot next time.
        await journal.truncate(journalBytes).catch(() => (journalNeedsReset = true));
        throw error;
      }
      journalBytes += Buffer.byteLength(line);
      journalChanges += changes.length;
    },
  };
}

/**
 * The main process's bookmark store in the user-data folder. Only one process may use a folder at a time:
 * the shell's single-instance lock guarantees that, so the store takes no file lock of its own.
 */
export function createFileBookmarkService(
  directory: string,
  options: ServiceOptions & FileStoreOptions = {},
): BookmarkHandlers {
  return createBookmarkService(createBookmarkFilePersistence(directory, options), options);
}
