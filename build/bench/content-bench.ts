import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readCommandLine, wholeNumberListProblem } from '../cli/command-line';
import { buildContent } from '../compiler/compile';
import { writeSyntheticContent } from './content-synthetic';

/** One compile's figures. */
interface ContentBenchRow {
  corpus: string;
  documents: number;
  passages: number;
  seconds: number;
  peakRssMiB: number;
  files: Record<string, { rawMiB: number; gzipMiB: number }>;
}

const MiB = 1024 * 1024;
const round = (n: number) => Math.round(n * 100) / 100;

/** Child mode: compile one folder and report time and peak memory of this process alone. */
function compileChild(contentDir: string, outDir: string): void {
  const started = performance.now();
  const stats = buildContent(contentDir, outDir);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ stats, seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

function measure(corpus: string, contentDir: string): ContentBenchRow {
  const outDir = mkdtempSync(join(tmpdir(), 'polcoop-bench-out-'));
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, import.meta.filename, '--child', contentDir, join(outDir, 'bundle')],
    { encoding: 'utf8', maxBuffer: 1e6 },
  );
  if (child.status !== 0) throw new Error(`compiling ${corpus} failed:\n${child.stderr}`);
  const result = JSON.parse(child.stdout) as {
    stats: { instruments: number; sections: number; pages: number; bodies: number; passages: number };
    seconds: number;
    peakRssMiB: number;
  };
  const files: ContentBenchRow['files'] = {};
  for (const name of readdirSync(join(outDir, 'bundle')).sort()) {
    const bytes = readFileSync(join(outDir, 'bundle', name));
    files[name] = { rawMiB: round(bytes.length / MiB), gzipMiB: round(gzipSync(bytes).length / MiB) };
  }
  rmSync(outDir, { recursive: true, force: true });
  const s = result.stats;
  return {
    corpus,
    documents: s.instruments + s.sections + s.pages + s.bodies,
    passages: s.passages,
    seconds: round(result.seconds),
    peakRssMiB: round(result.peakRssMiB),
    files,
  };
}

/** `npm run bench:content`: compiles the real content and synthetic bundles, printing time, peak memory and sizes as JSON. */
function main(): number {
  const line = readCommandLine({
    script: 'bench:content',
    usage: 'npm run -s bench:content -- [--sizes N,N]',
    summary:
      'Compiles the real content and synthetic references, each in a child process, and prints time, peak memory and output sizes as JSON.',
    options: {
      sizes: {
        type: 'string',
        default: '1000,10000',
        value: 'N,N',
        help: 'the sizes of the synthetic corpora, in documents; 0 for none',
      },
      child: { type: 'boolean', help: 'internal: compile CONTENT into OUT in this process and print the figures' },
    },
    positionals: { min: 0, max: 2, name: 'CONTENT' },
    check: (values, positionals) =>
      positionals.length > 0 && !values.child
        ? `unexpected argument "${positionals[0] ?? ''}"`
        : wholeNumberListProblem('--sizes', values.sizes, 0),
  });
  if (!line.ok) return line.exitCode;
  const { values, positionals } = line;
  if (values.child) {
    compileChild(positionals[0] ?? 'content', positionals[1] ?? 'dist/bundle');
    return 0;
  }
  const rows: ContentBenchRow[] = [measure('real', 'content')];
  for (const size of values.sizes
    .split(',')
    .map(Number)
    .filter((n) => n > 0)) {
    const dir = mkdtempSync(join(tmpdir(), 'polcoop-bench-src-'));
    writeSyntheticContent(dir, size);
    rows.push(measure(`synthetic-${size}`, dir));
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(rows, null, 2));
  return 0;
}

process.exitCode = main();
