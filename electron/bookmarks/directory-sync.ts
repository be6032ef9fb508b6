import { open } from 'node:fs/promises';

/** Flushes a folder's entries (a rename) to disk; Windows cannot open folders and makes renames durable itself. */
export async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
