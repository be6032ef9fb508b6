import { z } from 'zod';
import {
  BOOKMARK_VERSION,
  bookmarkSchema,
  documentReferenceProblems,
  folderSchema,
  type Bookmark,
  type BookmarkDocument,
} from '../../common/bookmarks/bookmark-schema';

/** One change; replaying a change on a document that already has it changes nothing, so a snapshot plus its own journal replays safely. */
const journalChangeSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('set'), bookmark: bookmarkSchema }),
  z.strictObject({ op: z.literal('delete'), id: z.string() }),
  z.strictObject({ op: z.literal('folders'), folders: z.array(folderSchema) }),
]);

/**
 * One journal line: every change of one store operation, so an operation is replayed whole or not at all, and the
 * digest of the snapshot it extends (lines written before the digest was recorded have none and are always replayed).
 */
const journalLineSchema = z.strictObject({
  v: z.literal(BOOKMARK_VERSION),
  base: z.string().optional(),
  changes: z.array(journalChangeSchema),
});

/** A change to the bookmark document, as the journal records it. */
export type JournalChange = z.infer<typeof journalChangeSchema>;

/**
 * What changed between two documents. Operations keep unchanged bookmarks as the same objects and in the same order,
 * so one walk over both arrays finds them without building maps of 10,000 entries; any other order still yields
 * correct (if longer) changes, because deletes are listed before the sets that re-add.
 */
export function diffDocuments(previous: BookmarkDocument, next: BookmarkDocument): JournalChange[] {
  const changes: JournalChange[] = [];
  if (previous.folders !== next.folders) changes.push({ op: 'folders', folders: next.folders });
  const before = previous.bookmarks;
  const after = next.bookmarks;
  let i = 0;
  for (const bookmark of after) {
    while (i < before.length && before[i] !== bookmark && before[i]?.id !== bookmark.id) {
      changes.push({ op: 'delete', id: (before[i] as Bookmark).id });
      i += 1;
    }
    if (i < before.length) {
      if (before[i] !== bookmark) changes.push({ op: 'set', bookmark });
      i += 1;
    } else {
      changes.push({ op: 'set', bookmark });
    }
  }
  for (; i < before.length; i += 1) changes.push({ op: 'delete', id: (before[i] as Bookmark).id });
  return changes;
}

/** The journal line for one operation on top of the snapshot whose digest is `base`. */
export function journalLine(changes: JournalChange[], base: string): string {
  return `${JSON.stringify({ v: BOOKMARK_VERSION, base, changes })}\n`;
}

/** Applies changes (each already schema-checked) in order, then checks the result's cross-references. */
export function applyChanges(document: BookmarkDocument, changes: readonly JournalChange[]): BookmarkDocument {
  if (changes.length === 0) return document;
  let folders = document.folders;
  const bookmarks = new Map(document.bookmarks.map((bookmark) => [bookmark.id, bookmark]));
  for (const change of changes) {
    if (change.op === 'folders') folders = change.folders;
    else if (change.op === 'set') bookmarks.set(change.bookmark.id, change.bookmark);
    else bookmarks.delete(change.id);
  }
  const result = { ...document, folders, bookmarks: [...bookmarks.values()] };
  const [problem] = documentReferenceProblems(result);
  if (problem) throw new Error(`${problem.path.join('.')}: ${problem.message}`);
  return result;
}

/**
 * The journal's operations that extend the snapshot `base` (null: every line). Lines naming another snapshot were
 * written before it and are already in it: a crash between writing a snapshot and emptying the journal leaves them,
 * and replaying them would undo what the snapshot's own operation did (bring back a deleted bookmark, revert an edit).
 * An unreadable last line is a write a crash interrupted (never acknowledged), anything else unreadable is damage.
 */
export function readJournal(
  text: string,
  base: string | null,
): { changes: JournalChange[]; validText: string; problem: string | null; skipped: number } {
  const changes: JournalChange[] = [];
  let skipped = 0;
  const lines = text.split('\n');
  let validLines = 0;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let parsed: z.ZodSafeParseResult<z.infer<typeof journalLineSchema>> | null;
    try {
      parsed = journalLineSchema.safeParse(JSON.parse(line));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      const validText = lines
        .slice(0, validLines)
        .map((kept) => `${kept}\n`)
        .join('');
      const isLast = lines.slice(index + 1).every((rest) => rest.trim() === '');
      return { changes, validText, problem: isLast ? null : `journal line ${index + 1} is damaged`, skipped };
    }
    const lineBase = parsed.data.base;
    if (base === null || lineBase === undefined || lineBase === base) changes.push(...parsed.data.changes);
    else skipped += 1;
    validLines = index + 1;
  }
  return { changes, validText: text, problem: null, skipped };
}
