import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Maps a URL path onto a file under `root`, or returns undefined when the path could escape it:
 * `..` segments (encoded or not), backslashes, NUL, leftover percent signs (double encoding) and
 * symlinks that point outside. A file that does not exist also yields undefined.
 */
export function containedPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (/[\0\\%]/.test(decoded)) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return undefined;
  const candidate = resolve(root, ...segments);
  try {
    const realRoot = realpathSync(root);
    const real = realpathSync(candidate);
    const rel = relative(realRoot, real);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return undefined;
    return real;
  } catch {
    return undefined;
  }
}
