import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BOOKMARK_FILE, createFileBookmarkService } from '../../electron/bookmarks/bookmark-file-store';
import { readCommandLine, wholeNumberProblem } from '../cli/command-line';
import { CHECKSUM_FILE, checksumRecord } from '../../electron/bookmarks/snapshot-checksum';
import { snapshotText } from '../../electron/bookmarks/snapshot-text';
import {
  BOOKMARK_FORMAT,
  BOOKMARK_VERSION,
  type Bookmark,
  type BookmarkDocument,
  type Folder,
} from '../../common/bookmarks/bookmark-schema';

const TARGETS = { changeP95Ms: 20, loadMs: 100 };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const round = (value: number) => Math.round(value * 100) / 100;

/** A plausible collection: folders, subfolders, tags, notes of varied length, content hashes. */
function syntheticDocument(count: number): BookmarkDocument {
  const folders: Folder[] = Array.from({ length: 24 }, (_, index) => ({
    id: `folder-${index}`,
    name: `Folder ${index}`,
    parentId: index < 8 ? null : `folder-${index % 8}`,
  }));
  const bookmarks: Bookmark[] = Array.from({ length: count }, (_, index) => ({
    id: `bookmark-${index.toString(16).padStart(8, '0')}`,
    target: {
      documentId: `instrument-${index % 400}`,
      anchor: `article-${index}`,
      kind: 'instrument',
      contentHash: (index * 2654435761).toString(16).padStart(64, '0'),
    },
    title: `Council Decision 2008/615/JHA on stepping up cross-border cooperation — article ${index}`,
    folderId: index % 5 === 0 ? null : `folder-${index % 24}`,
    tags: ['prum', `case-${index % 50}`],
    note:
      index % 3 === 0
        ? 'Check with the national contact point before requesting follow-up information. '.repeat(1 + (index % 4))
        : '',
    createdAt: new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString(),
    updatedAt: new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString(),
  }));
  return { format: BOOKMARK_FORMAT, version: BOOKMARK_VERSION, folders, bookmarks };
}

async function timed<T>(action: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await action();
  return { ms: performance.now() - start, value };
}

/** `npm run bench:bookmarks`: start-up load and add/update/remove latency of the file store holding N bookmarks. */
async function main(): Promise<number> {
  const line = readCommandLine({
    script: 'bench:bookmarks',
    usage: 'npm run -s bench:bookmarks -- [--bookmarks N] [--operations N]',
    summary:
      'Times the bookmark file store holding N bookmarks: start-up load, and add, update and remove. Exit status 1 when a target is missed.',
    options: {
      bookmarks: { type: 'string', default: '10000', value: 'N', help: 'how many bookmarks the store holds' },
      operations: { type: 'string', default: '200', value: 'N', help: 'how many adds, updates and removes to time' },
    },
    check: (values) =>
      wholeNumberProblem('--bookmarks', values.bookmarks, 1) ??
      wholeNumberProblem('--operations', values.operations, 1),
  });
  if (!line.ok) return line.exitCode;
  const count = Number(line.values.bookmarks);
  const operations = Number(line.values.operations);
  const directory = mkdtempSync(join(tmpdir(), 'polcoop-bookmarks-bench-'));
  // Written as the store writes its snapshot (ASCII JSON), with the checksum only after the unverified load below.
  const snapshot = snapshotText(syntheticDocument(count));
  writeFileSync(join(directory, BOOKMARK_FILE), snapshot);
  const size = statSync(join(directory, BOOKMARK_FILE)).size;

  // A snapshot without the checksum the store writes beside its own (a hand-edited or older file) is validated in full.
  const unverified = (await timed(() => createFileBookmarkService(directory)['bookmarks:list'](undefined))).ms;
  writeFileSync(join(directory, CHECKSUM_FILE), checksumRecord(snapshot));

  // Each load is a new store reading the file it wrote itself, as at app start.
  const loads: number[] = [];
  for (let run = 0; run < 10; run += 1) {
    const { ms, value } = await timed(() => createFileBookmarkService(directory)['bookmarks:list'](undefined));
    if (value.bookmarks.length !== count)
      throw new Error(`loaded ${value.bookmarks.length} bookmarks, expected ${count}`);
    loads.push(ms);
  }

  const store = createFileBookmarkService(directory);
  await store['bookmarks:list'](undefined);
  const latencies: Record<'add' | 'update' | 'remove', number[]> = { add: [], update: [], remove: [] };
  const added: string[] = [];
  for (let index = 0; index < operations; index += 1) {
    const { ms, value } = await timed(() =>
      store['bookmarks:add']({
        target: { documentId: `bench-${index}`, kind: 'page' },
        title: `Bench ${index}`,
        tags: ['bench'],
      }),
    );
    latencies.add.push(ms);
    added.push(value.id);
  }
  for (let index = 0; index < operations; index += 1) {
    latencies.update.push(
      (
        await timed(() =>
          store['bookmarks:update']({
            id: `bookmark-${(index * 37).toString(16).padStart(8, '0')}`,
            note: `updated ${index}`,
          }),
        )
      ).ms,
    );
  }
  for (const id of added) latencies.remove.push((await timed(() => store['bookmarks:remove']({ ids: [id] }))).ms);
  rmSync(directory, { recursive: true, force: true });

  console.log(
    `bookmark store: ${count} bookmarks, file ${round(size / 2 ** 20)} MiB, ${operations} operations of each kind`,
  );
  const firstLoad = loads[0] ?? 0;
  const loadOk = firstLoad < TARGETS.loadMs;
  console.log(
    `start-up load of a file without the store's checksum (validated in full, cold code): ${round(unverified)} ms (not a target)`,
  );
  console.log(
    `start-up load: first ${round(firstLoad)} ms, median ${round(percentile(loads, 50))} ms, max ${round(Math.max(...loads))} ms (target < ${TARGETS.loadMs} ms) ${loadOk ? 'ok' : 'OVER'}`,
  );
  let allOk = loadOk;
  for (const [name, samples] of Object.entries(latencies)) {
    const p95 = percentile(samples, 95);
    const ok = p95 < TARGETS.changeP95Ms;
    allOk &&= ok;
    console.log(
      `${name.padEnd(7)} p50 ${round(percentile(samples, 50))} ms, p95 ${round(p95)} ms, max ${round(Math.max(...samples))} ms (target p95 < ${TARGETS.changeP95Ms} ms) ${ok ? 'ok' : 'OVER'}`,
    );
  }
  return allOk ? 0 : 1;
}

process.exitCode = await main();
