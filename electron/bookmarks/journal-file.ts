import { open, type FileHandle } from 'node:fs/promises';
import { syncDirectory } from './directory-sync';
import { dirname } from 'node:path';

/** An append-only file whose appends are on disk before they resolve. */
export interface JournalFile {
  append(text: string): Promise<void>;
  /** Empties the file durably (after its content went into a snapshot). */
  clear(): Promise<void>;
  /** Cuts a torn tail off, so the next append starts on a clean line. */
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/** Opens (creating if needed) a journal file for appending. */
export async function openJournalFile(path: string): Promise<JournalFile> {
  const handle: FileHandle = await open(path, 'a');
  // A new file's directory entry must reach the disk too, or a power cut could lose the whole journal.
  await syncDirectory(dirname(path));
  return {
    async append(text) {
      await handle.write(text);
      await handle.datasync();
    },
    async clear() {
      await handle.truncate(0);
      await handle.sync();
    },
    async truncate(length) {
      await handle.truncate(length);
      await handle.sync();
    },
    close: () => handle.close(),
  };
}

/** Empties the journal at `path` durably without keeping it open; a missing journal is already empty. */
export async function clearJournalFile(path: string): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return;
    throw error;
  }
  try {
    await handle.truncate(0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
