import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BOOKMARK_FILE, createBookmarkFilePersistence } from '../../electron/bookmarks/bookmark-file-store';
import { readCommandLine, wholeNumberProblem } from '../cli/command-line';
import { parseBookmarkJson } from '../../common/bookmarks/bookmark-json';

interface Acknowledged {
  titles: Map<string, string>;
  notes: Map<string, bigint>;
  removed: Set<string>;
  /** Removals begun, acknowledged or not: those bookmarks may be gone. */
  removing: Set<string>;
  count: number;
}

/** Runs the child until it is killed with SIGKILL after a random delay, recording every acknowledged write. */
function runOnce(
  childScript: string,
  directory: string,
  acknowledged: Acknowledged,
  maxDelayMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, directory], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, id = '', ...rest] = line.split(' ');
        if (kind === 'ready') setTimeout(() => child.kill('SIGKILL'), Math.random() * maxDelayMs);
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
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited with ${code}: ${stderr}`)),
    );
  });
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
  const line = readCommandLine({
    script: 'test:crash',
    usage: 'npm run -s test:crash -- [--iterations N] [--max-delay MS]',
    summary:
      'Kills a child writing to the bookmark store with SIGKILL N times and checks that no acknowledged write is lost and no removed bookmark comes back. Exit status 1 on any loss.',
    options: {
      iterations: { type: 'string', default: '200', value: 'N', help: 'how many times to kill the writer' },
      'max-delay': {
        type: 'string',
        default: '150',
        value: 'MS',
        help: 'the longest random wait before each kill, in milliseconds',
      },
    },
    check: (values) =>
      wholeNumberProblem('--iterations', values.iterations, 1) ??
      wholeNumberProblem('--max-delay', values['max-delay'], 0),
  });
  if (!line.ok) return line.exitCode;
  const iterations = Number(line.values.iterations);
  const maxDelayMs = Number(line.values['max-delay']);
  const workDir = mkdtempSync(join(tmpdir(), 'polcoop-crash-'));
  const childScript = join(workDir, 'crash-child.cjs');
  // A bundled child starts in tens of milliseconds, so each iteration spends its time writing, not compiling.
  await build({
    entryPoints: [join(import.meta.dirname, 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: childScript,
    logLevel: 'warning',
  });
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
  while (kills < iterations && lost.length === 0) {
    await runOnce(childScript, directory, acknowledged, maxDelayMs);
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
