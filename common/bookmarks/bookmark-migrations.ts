import { z } from 'zod';
import { BOOKMARK_FORMAT, BOOKMARK_VERSION, bookmarkDocumentSchema, type BookmarkDocument } from './bookmark-schema';

const OLDEST_VERSION = 1;

/** Version 1: each bookmark named its folder, and targets had no anchor or content hash. */
const documentV1Schema = z.strictObject({
  format: z.literal(BOOKMARK_FORMAT),
  version: z.literal(1),
  bookmarks: z.array(
    z.strictObject({
      id: z.string(),
      documentId: z.string(),
      kind: z.string(),
      title: z.string(),
      folder: z.string().nullable(),
      tags: z.array(z.string()),
      note: z.string(),
      created: z.string(),
      updated: z.string(),
    }),
  ),
});

function folderIdFor(name: string, index: number): string {
  return `f${index + 1}-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)}`;
}

function migrateV1(value: unknown): unknown {
  const v1 = parseOrExplain(documentV1Schema, value, 1);
  const names = [...new Set(v1.bookmarks.flatMap((bookmark) => (bookmark.folder ? [bookmark.folder] : [])))];
  const folderIds = new Map(names.map((name, index) => [name, folderIdFor(name, index)]));
  return {
    format: BOOKMARK_FORMAT,
    version: 2,
    folders: names.map((name) => ({ id: folderIds.get(name), name, parentId: null })),
    bookmarks: v1.bookmarks.map((bookmark) => ({
      id: bookmark.id,
      target: { documentId: bookmark.documentId, kind: bookmark.kind },
      title: bookmark.title,
      folderId: bookmark.folder ? folderIds.get(bookmark.folder) : null,
      tags: bookmark.tags,
      note: bookmark.note,
      createdAt: bookmark.created,
      updatedAt: bookmark.updated,
    })),
  };
}

/** Each step lifts a document from its key version to the next one. */
const migrations: Record<number, (value: unknown) => unknown> = { 1: migrateV1 };

function parseOrExplain<T>(schema: z.ZodType<T>, value: unknown, version: number): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(
    `not a valid version ${version} bookmarks file: ${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'}`,
  );
}

/** Checks a parsed JSON value is one of our bookmark documents, migrating older versions; throws a message a user can act on. */
export function readBookmarkDocument(value: unknown): BookmarkDocument {
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    (value as { format?: unknown }).format !== BOOKMARK_FORMAT
  ) {
    throw new Error(`not a bookmarks file: it does not say "format": "${BOOKMARK_FORMAT}"`);
  }
  const version = (value as { version?: unknown }).version;
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < OLDEST_VERSION ||
    version > BOOKMARK_VERSION
  ) {
    throw new Error(
      `bookmarks file version ${JSON.stringify(version)} is unknown: this app reads versions ${OLDEST_VERSION} to ${BOOKMARK_VERSION}` +
        (typeof version === 'number' && version > BOOKMARK_VERSION ? ' (the file comes from a newer app)' : ''),
    );
  }
  let current: unknown = value;
  for (let step = version; step < BOOKMARK_VERSION; step += 1) current = migrations[step]?.(current);
  return parseOrExplain(bookmarkDocumentSchema, current, BOOKMARK_VERSION);
}

/** An empty document of the current version. */
export function emptyBookmarkDocument(): BookmarkDocument {
  return { format: BOOKMARK_FORMAT, version: BOOKMARK_VERSION, folders: [], bookmarks: [] };
}
