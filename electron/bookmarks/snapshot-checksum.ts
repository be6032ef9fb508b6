import { createHash } from 'node:crypto';
import { decodeSnapshot } from './snapshot-text';
import { BOOKMARK_FORMAT, BOOKMARK_VERSION, type BookmarkDocument } from '../../common/bookmarks/bookmark-schema';

/** Beside the snapshot: the SHA-256 of the bytes this store last wrote there, and the document version it wrote. */
export const CHECKSUM_FILE = 'bookmarks.checksum';

/** The SHA-256 of snapshot bytes: what the checksum records, and what each journal line names as the snapshot it extends. */
export function snapshotDigest(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The checksum record for snapshot text this store is about to write (pass its digest when already known). */
export function checksumRecord(text: string, digest = snapshotDigest(text)): string {
  return `${JSON.stringify({ version: BOOKMARK_VERSION, sha256: digest })}\n`;
}

function recordedHash(record: string): string | null {
  try {
    const value = JSON.parse(record) as { version?: unknown; sha256?: unknown };
    return value.version === BOOKMARK_VERSION && typeof value.sha256 === 'string' ? value.sha256 : null;
  } catch {
    return null;
  }
}

/**
 * The snapshot as a document without schema validation, when its bytes are exactly what this store validated and wrote
 * (the checksum matches); null otherwise, so the caller validates it in full. Skipping zod here takes start-up with
 * 10,000 bookmarks from over 100 ms to the cost of JSON.parse.
 */
export function trustedSnapshot(
  bytes: Buffer,
  record: string,
  digest = snapshotDigest(bytes),
): BookmarkDocument | null {
  const expected = recordedHash(record);
  if (expected === null || digest !== expected) return null;
  let value: unknown;
  try {
    value = JSON.parse(decodeSnapshot(bytes));
  } catch {
    return null;
  }
  const document = value as Partial<BookmarkDocument> | null;
  const wellFormed =
    document?.format === BOOKMARK_FORMAT &&
    document.version === BOOKMARK_VERSION &&
    Array.isArray(document.folders) &&
    Array.isArray(document.bookmarks);
  return wellFormed ? (document as BookmarkDocument) : null;
}
