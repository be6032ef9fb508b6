import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { containedPath } from '../../electron/contained-path';
import { mimeTypeOf } from '../../electron/mime-types';
import { compressedVariants, type CompressedVariants } from './compressed-variants';

/** One servable file, read, hashed and compressed once. */
export interface StaticFile {
  body: Buffer;
  mimeType: string;
  /** Base64url SHA-256 of the body: the strong ETag is derived from it. */
  hash: string;
  variants: CompressedVariants;
}

/** Looks up files under a root by URL path and keeps them in memory. */
export interface StaticFiles {
  /** The file a URL path names under `root`, or undefined for anything not a contained regular file. */
  lookup(root: string, urlPath: string): Promise<StaticFile | undefined>;
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  file: Promise<StaticFile>;
}

async function load(path: string): Promise<StaticFile> {
  const body = await readFile(path);
  const mimeType = mimeTypeOf(path);
  return {
    body,
    mimeType,
    hash: createHash('sha256').update(body).digest('base64url'),
    variants: await compressedVariants(body, mimeType),
  };
}

/**
 * A cache of files keyed by their real path. An entry is rebuilt when the file's size or mtime changes,
 * so a rebuild of dist/ while serving is picked up; it only ever holds files that exist under the roots.
 */
export function createStaticFiles(): StaticFiles {
  const cache = new Map<string, CacheEntry>();
  return {
    async lookup(root, urlPath) {
      const path = containedPath(root, urlPath);
      if (path === undefined) return undefined;
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile()) return undefined;
      const cached = cache.get(path);
      if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.file;
      const file = load(path);
      cache.set(path, { mtimeMs: info.mtimeMs, size: info.size, file });
      file.catch(() => cache.delete(path));
      return file;
    },
  };
}
