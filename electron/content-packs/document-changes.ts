import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { BookmarkState } from '../../common/bookmarks/bookmark-schema';
import type { AffectedBookmark } from './pack-outcomes';
import type { ChangedDocument, ContentChanges } from '../../common/contract/pack-schema';

// Only what a change list needs: the bundle itself was verified by hash, so the rest need not be parsed twice.
const summariesSchema = z.object({
  documents: z.array(z.object({ id: z.string(), title: z.string(), kind: z.string(), contentHash: z.string() })),
});

/** A document's identity and content hash. */
export type DocumentSummary = z.infer<typeof summariesSchema>['documents'][number];

/** Reads the documents of a bundle folder's `bundle.json` by id. */
export async function readDocumentSummaries(bundleDir: string): Promise<Map<string, DocumentSummary>> {
  const { documents } = summariesSchema.parse(JSON.parse(await readFile(join(bundleDir, 'bundle.json'), 'utf8')));
  return new Map(documents.map((document) => [document.id, document]));
}

const named = ({ id, title, kind }: DocumentSummary): ChangedDocument => ({ id, title, kind });
const byTitle = (a: ChangedDocument, b: ChangedDocument) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

/** Documents added, changed (another content hash) and removed from `before` to `after`, each list by title. */
export function diffDocuments(
  before: Map<string, DocumentSummary>,
  after: Map<string, DocumentSummary>,
): ContentChanges {
  const added: ChangedDocument[] = [];
  const changed: ChangedDocument[] = [];
  for (const document of after.values()) {
    const old = before.get(document.id);
    if (!old) added.push(named(document));
    else if (old.contentHash !== document.contentHash) changed.push(named(document));
  }
  const removed = [...before.values()].filter((document) => !after.has(document.id)).map(named);
  return { added: added.sort(byTitle), changed: changed.sort(byTitle), removed: removed.sort(byTitle) };
}

/** The bookmarks whose target document changes or disappears. */
export function affectedBookmarks(bookmarks: BookmarkState['bookmarks'], changes: ContentChanges): AffectedBookmark[] {
  const changed = new Set(changes.changed.map((document) => document.id));
  const removed = new Set(changes.removed.map((document) => document.id));
  return bookmarks.flatMap((bookmark): AffectedBookmark[] => {
    const { documentId } = bookmark.target;
    if (removed.has(documentId)) return [{ id: bookmark.id, title: bookmark.title, documentId, change: 'removed' }];
    if (changed.has(documentId)) return [{ id: bookmark.id, title: bookmark.title, documentId, change: 'changed' }];
    return [];
  });
}
