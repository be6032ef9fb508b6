import { getRawHeader, type DirectoryRecord, type FileRecord } from '@electron/asar';

/** One file packed in an asar archive: its path inside the archive (`/dist/...`) and its size in bytes. */
export interface AsarFile {
  path: string;
  size: number;
}

function walk(directory: DirectoryRecord, prefix: string, into: AsarFile[]): void {
  for (const [name, entry] of Object.entries(directory.files)) {
    const path = `${prefix}/${name}`;
    if ('files' in entry) walk(entry, path, into);
    else into.push({ path, size: (entry as FileRecord).size });
  }
}

/** Every file in an asar archive (directories left out), sorted by path. */
export function listAsarFiles(archivePath: string): AsarFile[] {
  const files: AsarFile[] = [];
  walk(getRawHeader(archivePath).header, '', files);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
