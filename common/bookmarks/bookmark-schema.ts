import { z } from 'zod';

/** Names our JSON bookmark files, so a random JSON file is not mistaken for one. */
export const BOOKMARK_FORMAT = 'polcoop-bookmarks';
/** The version of the bookmark document this code writes; older versions are migrated on read. */
export const BOOKMARK_VERSION = 2;
/** Import refuses larger files before parsing them. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, "-" or "_"');
const timestampSchema = z.iso.datetime({ offset: true });
const tagSchema = z.string().trim().min(1).max(60);

/** What kind of place a bookmark points at: a compiled document kind, or a glossary term. */
export const targetKindSchema = z.enum(['page', 'section', 'instrument', 'body', 'term', 'country', 'task']);

/** The place a bookmark points at, by stable content id, so it survives content updates. */
export const bookmarkTargetSchema = z.strictObject({
  documentId: z.string().min(1).max(200),
  anchor: z.string().min(1).max(200).optional(),
  kind: targetKindSchema,
  /** The target's content hash at save time, so the UI can mark targets that changed since. */
  contentHash: z.string().min(1).max(128).optional(),
});

/** One saved place, with the title it had when saved so it stays readable if the target leaves the content. */
export const bookmarkSchema = z.strictObject({
  id: idSchema,
  target: bookmarkTargetSchema,
  title: z.string().trim().min(1).max(500),
  folderId: idSchema.nullable(),
  tags: z.array(tagSchema).max(50),
  note: z.string().max(20_000),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

/** A folder; `parentId` allows one level of nesting, and the folders array order is the display order. */
export const folderSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1).max(120),
  parentId: idSchema.nullable(),
});

const documentShape = z.strictObject({
  format: z.literal(BOOKMARK_FORMAT),
  version: z.literal(BOOKMARK_VERSION),
  folders: z.array(folderSchema),
  bookmarks: z.array(bookmarkSchema),
});

/** What is wrong with a document's cross-references: unique ids, existing folders, one level of nesting. */
export function documentReferenceProblems(
  document: z.infer<typeof documentShape>,
): Array<{ path: Array<string | number>; message: string }> {
  const problems: Array<{ path: Array<string | number>; message: string }> = [];
  const folders = new Map(document.folders.map((folder) => [folder.id, folder]));
  if (folders.size !== document.folders.length)
    problems.push({ path: ['folders'], message: 'folder ids must be unique' });
  document.folders.forEach((folder, index) => {
    if (folder.parentId === null) return;
    const parent = folders.get(folder.parentId);
    if (!parent) problems.push({ path: ['folders', index, 'parentId'], message: `no folder ${folder.parentId}` });
    else if (parent.parentId !== null)
      problems.push({ path: ['folders', index, 'parentId'], message: 'folders nest one level only' });
  });
  const ids = new Set<string>();
  document.bookmarks.forEach((bookmark, index) => {
    if (ids.has(bookmark.id))
      problems.push({ path: ['bookmarks', index, 'id'], message: `duplicate bookmark id ${bookmark.id}` });
    ids.add(bookmark.id);
    if (bookmark.folderId !== null && !folders.has(bookmark.folderId))
      problems.push({ path: ['bookmarks', index, 'folderId'], message: `no folder ${bookmark.folderId}` });
  });
  return problems;
}

/** The whole stored document, current version: what the file (or IndexedDB record) holds and JSON export writes. */
export const bookmarkDocumentSchema = documentShape.superRefine((document, context) => {
  for (const problem of documentReferenceProblems(document)) context.addIssue({ code: 'custom', ...problem });
});

/** Told to the user once the store had to recover: what happened and where the unreadable file went. */
export const storeNoticeSchema = z.strictObject({
  message: z.string(),
  movedTo: z.string().nullable(),
});

/** `bookmarks:list`: everything the bookmarks view shows, and a recovery notice if there is one. */
export const bookmarkStateSchema = z.strictObject({
  folders: z.array(folderSchema),
  bookmarks: z.array(bookmarkSchema),
  notice: storeNoticeSchema.nullable(),
});

/** `bookmarks:add`: the store assigns id and times; folder, tags and note are optional. */
export const addBookmarkInputSchema = z.strictObject({
  target: bookmarkTargetSchema,
  title: bookmarkSchema.shape.title,
  folderId: idSchema.nullable().optional(),
  tags: bookmarkSchema.shape.tags.optional(),
  note: bookmarkSchema.shape.note.optional(),
});

/** `bookmarks:update`: the fields to change; `contentHash` re-confirms a changed target. */
export const updateBookmarkInputSchema = z.strictObject({
  id: idSchema,
  title: bookmarkSchema.shape.title.optional(),
  tags: bookmarkSchema.shape.tags.optional(),
  note: bookmarkSchema.shape.note.optional(),
  contentHash: bookmarkTargetSchema.shape.contentHash,
});

const idListSchema = z.array(idSchema).min(1).max(100_000);

/** `bookmarks:remove`: several at once, for multi-select delete. */
export const removeBookmarksInputSchema = z.strictObject({ ids: idListSchema });
/** What `bookmarks:remove` took away, for undo through `bookmarks:restore`. */
export const removedBookmarksSchema = z.strictObject({ removed: z.array(bookmarkSchema) });

/** `bookmarks:restore`: puts removed bookmarks back exactly as they were (undo of a delete). */
export const restoreBookmarksInputSchema = z.strictObject({ bookmarks: z.array(bookmarkSchema).min(1).max(100_000) });
/** What `bookmarks:restore` put back. */
export const restoredBookmarksSchema = z.strictObject({ restored: z.array(bookmarkSchema) });

/** `bookmarks:move`: several bookmarks into one folder, or to the top level with `null`. */
export const moveBookmarksInputSchema = z.strictObject({ ids: idListSchema, folderId: idSchema.nullable() });
/** The bookmarks after the move. */
export const movedBookmarksSchema = z.strictObject({ moved: z.array(bookmarkSchema) });

/** `bookmarks:addFolder`: a top-level folder, or a subfolder of a top-level one. */
export const addFolderInputSchema = z.strictObject({
  name: folderSchema.shape.name,
  parentId: idSchema.nullable().optional(),
});
/** `bookmarks:renameFolder`. */
export const renameFolderInputSchema = z.strictObject({ id: idSchema, name: folderSchema.shape.name });
/** `bookmarks:moveFolder`: reorders a folder among its new siblings, optionally under another parent. */
export const moveFolderInputSchema = z.strictObject({
  id: idSchema,
  parentId: idSchema.nullable(),
  index: z.number().int().min(0),
});
/** `bookmarks:removeFolder`: its bookmarks and subfolders move up a level, so nothing is lost. */
export const removeFolderInputSchema = z.strictObject({ id: idSchema });
/** What `bookmarks:removeFolder` did. */
export const removedFolderSchema = z.strictObject({
  folder: folderSchema,
  movedBookmarks: z.number().int(),
  movedFolders: z.number().int(),
});

/** `bookmarks:export`: our JSON, or the browsers' HTML bookmark file with links into the page at `pageUrl`. */
export const exportInputSchema = z.discriminatedUnion('format', [
  z.strictObject({ format: z.literal('json') }),
  z.strictObject({ format: z.literal('html'), pageUrl: z.url().max(2000) }),
]);
/** An exported file, for the UI to save. */
export const exportFileSchema = z.strictObject({ fileName: z.string(), mediaType: z.string(), content: z.string() });

/** `bookmarks:import`: a file's text; `apply: false` only previews what would change. */
export const importInputSchema = z.strictObject({
  content: z.string().max(MAX_IMPORT_BYTES * 4, 'the file is larger than 5 MB: nothing was imported'),
  apply: z.boolean(),
});

/** What an import adds, merges into an existing bookmark of the same target, or skips as identical. */
export const importItemSchema = z.strictObject({
  action: z.enum(['add', 'merge', 'skip']),
  title: z.string(),
  target: bookmarkTargetSchema,
  folder: z.string().nullable(),
});

/** The preview (or result) of an import. */
export const importReportSchema = z.strictObject({
  applied: z.boolean(),
  added: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  foldersAdded: z.array(z.string()),
  items: z.array(importItemSchema),
});

/** A target kind. */
export type TargetKind = z.infer<typeof targetKindSchema>;
/** A bookmark's target. */
export type BookmarkTarget = z.infer<typeof bookmarkTargetSchema>;
/** A saved bookmark. */
export type Bookmark = z.infer<typeof bookmarkSchema>;
/** A bookmark folder. */
export type Folder = z.infer<typeof folderSchema>;
/** The stored bookmark document, current version. */
export type BookmarkDocument = z.infer<typeof bookmarkDocumentSchema>;
/** A recovery notice for the user. */
export type StoreNotice = z.infer<typeof storeNoticeSchema>;
/** The list result. */
export type BookmarkState = z.infer<typeof bookmarkStateSchema>;
/** The preview or result of an import. */
export type ImportReport = z.infer<typeof importReportSchema>;
/** One line of an import report. */
export type ImportItem = z.infer<typeof importItemSchema>;
