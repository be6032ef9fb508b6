import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOOKMARK_FILE, createBookmarkFilePersistence } from '../../electron/bookmarks/bookmark-file-store';
import { parseBookmarkJson } from '../../common/bookmarks/bookmark-json';
import { bundleCrashChild, readCrashOptions, runUntilKilled } from './crash-harness';

interface Acknowledged {
  titles: Map<string, string>;
  notes: Map<string, bigint>;
  removed: Set<string>;
  /** Removals begun, acknowledged or not: those bookmarks may be gone. */
  removing: Set<string>;
  count: number;
}

/** Records what one line of the child says it has saved (a line is printed only once its write is acknowledged). */
function record(line: string, acknowledged: Acknowledged): void {
  const [kind, id = '', ...rest] = line.split(' ');
  if (kind === 'add') acknowledged.titles.set(id, rest.join(' '));
  if (kind === 'update') acknowledged.notes.set(id, BigInt(rest[0] ?? '0'));
  if (kind === 'removing') acknowledged.removing.add(id);
  if (kind === 'remove') {
    acknowledged.titles.delete(id);
    acknowledged.notes.delete(id);
    acknowledged.removed.add(id);
  }
  if (kind === 'add' || kind === 'update' || kind === 'remove') acknowledged.count += 1;
}

/** Loads the files as the next start would: they must need no recovery (a torn last journal line is a write never acknowledged), hold every acknowledged write and none of the acknowledged removals. */
async function lostWrites(directory: string, acknowledged: Acknowledged): Promise<string[]> {
  const snapshot = join(directory, BOOKMARK_FILE);
  if (existsSync(snapshot)) {
    try {
      parseBookmarkJson(readFileSync(snapshot, 'utf8'));
    } catch (error) {
      return [`the snapshot, which no longer parses: ${error instanceof Error ? error.message : String(error)}`];
    }
  }
  const { document, notice } = await createBookmarkFilePersistence(directory).load();
  if (notice) return [`everything: the store needed recovery (${notice.message})`];
  const byId = new Map(document.bookmarks.map((bookmark) => [bookmark.id, bookmark]));
  const lost: string[] = [];
  for (const [id, title] of acknowledged.titles)
    if (byId.get(id)?.title !== title && !acknowledged.removing.has(id)) lost.push(`add ${id}`);
  for (const [id, note] of acknowledged.notes) {
    const saved = byId.get(id)?.note;
    if (saved === undefined && acknowledged.removing.has(id)) continue;
    if (!saved || BigInt(saved) < note) lost.push(`update ${id}`);
  }
  for (const id of acknowledged.removed) if (byId.has(id)) lost.push(`remove ${id} (the bookmark came back)`);
  return lost;
}

/** `npm run test:crash -- --iterations N`: SIGKILLs a writing child N times and verifies no acknowledged write is lost and no removed bookmark comes back. */
async function main(): Promise<number> {
  const options = readCrashOptions({
    script: 'test:crash',
    summary:
      'Kills a child writing to the bookmark store with SIGKILL N times and checks that no acknowledged write is lost and no removed bookmark comes back. Exit status 1 on any loss.',
    victim: 'the writer',
    iterations: 200,
    maxDelayMs: 150,
  });
  if (typeof options === 'number') return options;
  const workDir = mkdtempSync(join(tmpdir(), 'polcoop-crash-'));
  const childScript = join(workDir, 'crash-child.cjs');
  await bundleCrashChild(join(import.meta.dirname, 'crash-child.ts'), childScript);
  const directory = join(workDir, 'user-data');
  const acknowledged: Acknowledged = {
    titles: new Map(),
    notes: new Map(),
    removed: new Set(),
    removing: new Set(),
    count: 0,
  };
  let lost: string[] = [];
  let kills = 0;
  while (kills < options.iterations && lost.length === 0) {
    await runUntilKilled(childScript, [directory], options.maxDelayMs, (line) => record(line, acknowledged));
    kills += 1;
    lost = await lostWrites(directory, acknowledged);
    if (lost.length > 0) console.error(`after kill ${kills}: lost ${lost.slice(0, 5).join(', ')}`);
  }
  rmSync(workDir, { recursive: true, force: true });
  console.log(`killed ${kills} times with SIGKILL; ${acknowledged.titles.size} bookmarks added`);
  console.log(`acknowledged ${acknowledged.count}, lost ${lost.length}`);
  return lost.length > 0 ? 1 : 0;
}

process.exitCode = await main();
