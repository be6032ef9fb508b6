import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total bytes of the regular files under a folder (symbolic links not followed). */
export function directorySize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}
