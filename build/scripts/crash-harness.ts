import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { readCommandLine, wholeNumberProblem } from '../cli/command-line';

/** What a crash test was asked for: how many kills, and the longest random wait before each. */
export interface CrashOptions {
  iterations: number;
  maxDelayMs: number;
}

/** Reads a crash test's `--iterations N` and `--max-delay MS`; a number, or the exit status after --help or a bad option. */
export function readCrashOptions(spec: {
  script: string;
  summary: string;
  /** What is killed, for the help: "the writer", "the installer". */
  victim: string;
  iterations: number;
  maxDelayMs: number;
}): CrashOptions | number {
  const line = readCommandLine({
    script: spec.script,
    usage: `npm run -s ${spec.script} -- [--iterations N] [--max-delay MS]`,
    summary: spec.summary,
    options: {
      iterations: {
        type: 'string',
        default: String(spec.iterations),
        value: 'N',
        help: `how many times to kill ${spec.victim}`,
      },
      'max-delay': {
        type: 'string',
        default: String(spec.maxDelayMs),
        value: 'MS',
        help: 'the longest random wait before each kill, in milliseconds',
      },
    },
    check: (values) =>
      wholeNumberProblem('--iterations', values.iterations, 1) ??
      wholeNumberProblem('--max-delay', values['max-delay'], 0),
  });
  if (!line.ok) return line.exitCode;
  return { iterations: Number(line.values.iterations), maxDelayMs: Number(line.values['max-delay']) };
}

/**
 * Bundles a crash test's child into one CommonJS file: bundled, it starts in tens of milliseconds, so each kill lands
 * while it writes rather than while it loads.
 */
export async function bundleCrashChild(entry: string, outfile: string): Promise<void> {
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
}

/**
 * Runs the child until it is killed with SIGKILL at a random moment up to `maxDelayMs` after it prints `ready`,
 * handing every other line it prints to `onLine`; rejects if it ends any other way.
 */
export function runUntilKilled(
  childScript: string,
  args: string[],
  maxDelayMs: number,
  onLine: (line: string) => void = () => undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines)
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), Math.random() * maxDelayMs);
        else onLine(line);
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited with ${code}: ${stderr}`)),
    );
  });
}
