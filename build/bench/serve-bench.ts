import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { join } from 'node:path';
import { readCommandLine, wholeNumberProblem } from '../cli/command-line';

/** One file the clients fetch, with what a correct answer looks like. */
interface Target {
  path: string;
  etag: string;
  length: number;
}

/** What one request came to. */
interface Outcome {
  ms: number;
  status: number;
  bytes: number;
  error?: string;
}

const MiB = 1024 * 1024;
const ACCEPT_ENCODING = 'br, gzip';
const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024);
}

function percentile(sorted: Float64Array, p: number): number {
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN, 2);
}

function appPaths(rendererDir: string): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\.?(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  return [
    '/',
    '/index.html',
    ...assets,
    '/bundle/bundle.json',
    '/bundle/search-index.json',
    '/bundle/search-passages.json',
    '/bundle/manifest.json',
  ];
}

function fetchOnce(
  agent: Agent,
  origin: string,
  path: string,
  headers: Record<string, string>,
): Promise<Outcome & { etag?: string; length?: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = get(
      `${origin}${path}`,
      { agent, headers: { 'Accept-Encoding': ACCEPT_ENCODING, ...headers } },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => {
          const declared = Number(res.headers['content-length'] ?? 0);
          const error =
            res.statusCode === 200 && bytes !== declared
              ? `${path}: ${bytes} bytes, Content-Length ${declared}`
              : undefined;
          resolve({
            ms: performance.now() - started,
            status: res.statusCode ?? 0,
            bytes,
            error,
            etag: res.headers.etag,
            length: declared,
          });
        });
        res.on('error', (e) =>
          resolve({ ms: performance.now() - started, status: 0, bytes, error: `${path}: ${e.message}` }),
        );
      },
    );
    req.on('error', (e) =>
      resolve({ ms: performance.now() - started, status: 0, bytes: 0, error: `${path}: ${e.message}` }),
    );
  });
}

/** Starts `npm run serve`'s entry as a plain node child (no tsx wrapper), so its pid is the server's own. */
function startServer(cwd: string): Promise<{ pid: number; origin: string; stop: () => Promise<number | null> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, '..', 'web-edition', 'serve.ts'), '--port', '0'],
    { cwd, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server printed no URL within 120 s:\n${out}`)), 120_000);
    void exited.then((code) => reject(new Error(`the server exited with ${code}:\n${out}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Open (http:\/\/\S+)/.exec(out)?.[1];
      if (url === undefined || child.pid === undefined) return;
      clearTimeout(timer);
      resolve({
        pid: child.pid,
        origin: url.replace(/\/$/, ''),
        stop: () => {
          child.kill('SIGINT');
          return exited;
        },
      });
    });
  });
}

/** `npm run bench:serve`: N concurrent keep-alive clients on loopback fetch the app and bundle for a fixed time; prints JSON. */
async function main(): Promise<number> {
  const line = readCommandLine({
    script: 'bench:serve',
    usage: 'npm run -s bench:serve -- [--clients N] [--seconds S]',
    summary:
      'Starts the web edition (run npm run build first) and lets N keep-alive clients on loopback fetch the app and bundle for S seconds; prints JSON.',
    options: {
      clients: { type: 'string', default: '200', value: 'N', help: 'how many concurrent clients' },
      seconds: { type: 'string', default: '30', value: 'S', help: 'how long to run, in seconds' },
    },
    check: (values) =>
      wholeNumberProblem('--clients', values.clients, 1) ?? wholeNumberProblem('--seconds', values.seconds, 1),
  });
  if (!line.ok) return line.exitCode;
  const clients = Number(line.values.clients);
  const seconds = Number(line.values.seconds);
  const cwd = process.cwd();
  if (
    !existsSync(join(cwd, 'dist', 'renderer', 'index.html')) ||
    !existsSync(join(cwd, 'dist', 'bundle', 'manifest.json'))
  ) {
    console.error('dist/ is not built: run `npm run build` first.');
    return 1;
  }
  const server = await startServer(cwd);
  const rss = { afterStart: rssMiB(server.pid), afterWarmUp: 0, peak: 0, end: 0, samples: [] as number[] };
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const targets: Target[] = [];
  for (const path of appPaths(join(cwd, 'dist', 'renderer'))) {
    const first = await fetchOnce(agent, server.origin, path, {});
    if (first.status !== 200 || first.etag === undefined) throw new Error(`warm-up: ${path} answered ${first.status}`);
    targets.push({ path, etag: first.etag, length: first.length ?? 0 });
  }
  rss.afterWarmUp = rssMiB(server.pid);

  const outcomes: Outcome[] = [];
  const deadline = performance.now() + seconds * 1000;
  const sampler = setInterval(() => rss.samples.push(rssMiB(server.pid)), 1000);
  const hardStop = setTimeout(() => agent.destroy(), (seconds + 60) * 1000);
  const client = async (n: number) => {
    for (let i = n; performance.now() < deadline; i++) {
      const target = targets[i % targets.length]!;
      // Every third request revalidates, as a browser does for no-cache files it already holds.
      const revalidate = i % 3 === 0;
      const outcome = await fetchOnce(
        agent,
        server.origin,
        target.path,
        revalidate ? { 'If-None-Match': target.etag } : {},
      );
      const expected = revalidate ? 304 : 200;
      if (outcome.error === undefined && outcome.status !== expected)
        outcome.error = `${target.path}: ${outcome.status}, expected ${expected}`;
      if (outcome.error === undefined && expected === 200 && outcome.bytes !== target.length)
        outcome.error = `${target.path}: ${outcome.bytes} bytes, expected ${target.length}`;
      outcomes.push(outcome);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  clearTimeout(hardStop);
  rss.end = rssMiB(server.pid);
  rss.peak = Math.max(rss.afterWarmUp, rss.end, ...rss.samples);
  agent.destroy();
  const serverExit = await server.stop();

  const latencies = Float64Array.from(outcomes.map((o) => o.ms)).sort();
  const errors = outcomes.filter((o) => o.error !== undefined);
  const statuses: Record<string, number> = {};
  for (const o of outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;
  const report = {
    clients,
    seconds: round(elapsed, 2),
    files: targets.map((t) => t.path),
    requests: outcomes.length,
    requestsPerSecond: round(outcomes.length / elapsed),
    errors: errors.length,
    firstErrors: [...new Set(errors.map((o) => o.error))].slice(0, 5),
    statuses,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: round(latencies[latencies.length - 1] ?? 0, 2),
    },
    bodyMiBPerSecond: round(outcomes.reduce((sum, o) => sum + o.bytes, 0) / MiB / elapsed),
    serverRssMiB: {
      afterStart: rss.afterStart,
      afterWarmUp: rss.afterWarmUp,
      peak: rss.peak,
      end: rss.end,
      growthAfterWarmUp: round(rss.end - rss.afterWarmUp),
      samplesEvery5s: rss.samples.filter((_, i) => i % 5 === 4),
    },
    serverExit,
  };
  console.log(JSON.stringify(report, null, 2));
  return errors.length === 0 && serverExit === 0 ? 0 : 1;
}

process.exitCode = await main();
