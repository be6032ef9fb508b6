import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCommandLine, wholeNumberProblem } from '../cli/command-line';
import { exportStaticSite } from '../static-site/export-static';
import { serverMissing, startLocalServer } from '../static-site/local-server';

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

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Resident memory of a server and its child processes (nginx's workers), in MiB. */
function rssMiB(pid: number): number {
  let kB = 0;
  for (const id of [pid, ...children(pid)]) {
    try {
      kB += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // A worker that has just exited has no memory left to count.
    }
  }
  return round(kB / 1024);
}

function percentile(sorted: Float64Array, p: number): number {
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN, 2);
}

/** The paths a browser fetches, read from the served index.html (a static export names its bundle folder in a meta tag). */
function appPaths(siteDir: string): string[] {
  const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\.?(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  const folder = /<meta name="polcoop-bundle" content="([^"]+)"/.exec(html)?.[1] ?? 'bundle/';
  const bundle = ['bundle.json', 'search-index.json', 'search-passages.json', 'manifest.json'].map(
    (name) => `/${folder}${name}`,
  );
  return [...new Set(['/', '/index.html', ...assets, ...bundle, '/bundle/manifest.json'])];
}

/** A server under load: where it listens, its process, the paths to fetch and how to stop it. */
interface ServerUnderTest {
  pid: number;
  origin: string;
  paths: string[];
  stop: () => Promise<number | null>;
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

/** Lets `clients` keep-alive clients fetch the server's paths for `seconds`; every third request revalidates by ETag. */
async function measure(server: ServerUnderTest, clients: number, seconds: number) {
  const rss = { afterStart: rssMiB(server.pid), afterWarmUp: 0, peak: 0, end: 0, samples: [] as number[] };
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const targets: Target[] = [];
  for (const path of server.paths) {
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
  return {
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
}

/** The Node web edition (`npm run serve`) over dist/. */
async function nodeServer(cwd: string): Promise<ServerUnderTest> {
  const server = await startServer(cwd);
  return { ...server, paths: appPaths(join(cwd, 'dist', 'renderer')) };
}

/** nginx with the export's own kit (brotli_static, gzip_static) over a static export of dist/ in a temp folder. */
async function nginxServer(cwd: string): Promise<ServerUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'polcoop-bench-nginx-'));
  const site = join(dir, 'export', 'site');
  const exported = await exportStaticSite({
    outDir: join(dir, 'export'),
    basePath: '/',
    webRoot: site,
    rendererDir: join(cwd, 'dist', 'renderer'),
    bundleDir: join(cwd, 'dist', 'bundle'),
  });
  if (!exported.ok) throw new Error(exported.message);
  const server = await startLocalServer('nginx', site, '/');
  return {
    pid: server.pid,
    origin: server.url.replace(/\/$/, ''),
    paths: appPaths(site),
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
      return 0;
    },
  };
}

const SERVERS = { node: nodeServer, nginx: nginxServer } as const;

/** `npm run bench:serve`: N concurrent keep-alive clients on loopback fetch the app and bundle for a fixed time from each server in turn; prints JSON. */
async function main(): Promise<number> {
  const line = readCommandLine({
    script: 'bench:serve',
    usage: 'npm run -s bench:serve -- [--clients N] [--seconds S] [--servers node,nginx]',
    summary:
      'Lets N keep-alive clients on loopback fetch the app and bundle for S seconds from the web edition (npm run serve) and from nginx serving a static export with its kit, one after the other; prints JSON. Run npm run build first.',
    options: {
      clients: { type: 'string', default: '200', value: 'N', help: 'how many concurrent clients' },
      seconds: { type: 'string', default: '30', value: 'S', help: 'how long to run each server, in seconds' },
      servers: {
        type: 'string',
        default: 'node,nginx',
        value: 'LIST',
        help: 'which servers to measure, separated by commas',
      },
    },
    check: (values) => {
      const unknown = values.servers.split(',').find((name) => !(name in SERVERS));
      if (unknown !== undefined) return `--servers takes node and nginx, not ${JSON.stringify(unknown)}`;
      return wholeNumberProblem('--clients', values.clients, 1) ?? wholeNumberProblem('--seconds', values.seconds, 1);
    },
  });
  if (!line.ok) return line.exitCode;
  const clients = Number(line.values.clients);
  const seconds = Number(line.values.seconds);
  const names = [...new Set(line.values.servers.split(','))] as (keyof typeof SERVERS)[];
  const cwd = process.cwd();
  if (
    !existsSync(join(cwd, 'dist', 'renderer', 'index.html')) ||
    !existsSync(join(cwd, 'dist', 'bundle', 'manifest.json'))
  ) {
    console.error('dist/ is not built: run `npm run build` first.');
    return 1;
  }
  const missing = names.includes('nginx') ? serverMissing('nginx') : undefined;
  if (missing !== undefined) {
    console.error(`Cannot measure nginx: ${missing}.`);
    return 1;
  }
  const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  for (const name of names) results[name] = await measure(await SERVERS[name](cwd), clients, seconds);
  const sideBySide = Object.entries(results).map(([server, r]) => ({
    server,
    requestsPerSecond: r.requestsPerSecond,
    p99Ms: r.latencyMs.p99,
    errors: r.errors,
  }));
  console.log(JSON.stringify({ clients, seconds, sideBySide, servers: results }, null, 2));
  return Object.values(results).every((r) => r.errors === 0 && r.serverExit === 0) ? 0 : 1;
}

process.exitCode = await main();
