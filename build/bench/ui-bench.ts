import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createAppRequestHandler } from '../../electron/app-protocol';
import { readCommandLine, wholeNumberListProblem } from '../cli/command-line';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../browser/headless-chromium';
import { buildContent } from '../compiler/compile';
import { buildBaselinePage } from './baseline-page';
import { writeSyntheticContent } from './content-synthetic';

const RENDERER_DIR = join(process.cwd(), 'dist', 'renderer');
const LOADS = 5;
/** What an officer might type, one character at a time. */
const TYPING_SESSION = [
  'prum dna',
  'passenger name record',
  'europol',
  '2016/681',
  'schengen information system alert',
  'joint investigation team',
  'data retention',
  'urgent time limits',
  'siena',
  'exchnge of informaton',
];
const PAUSE_MS = 40;
/** Passages the synthetic generator writes per document (one untitled, three headed). */
const PASSAGES_PER_DOCUMENT = 4;
const MIB = 2 ** 20;
const ANSWER_TIMEOUT_MS = 5_000;

// The page announces its milestones on the console, so that waiting for them runs no script in the page
// (Playwright's waitForFunction polls inside the page and would compete with the start-up it measures).
const FIRST_CONTENT_SIGNAL = 'polcoop-bench:first-content';
const SEARCH_READY_SIGNAL = 'polcoop-bench:search-ready';

/** Records, in the page, when the first content and each search answer reach the DOM; timestamps share the keydown events' clock. */
const PROBE = `
window.__bench = { firstContent: undefined, keys: [], answers: [] };
new PerformanceObserver((list) => {
  if (list.getEntriesByName('polcoop:search-ready').length > 0) console.debug('${SEARCH_READY_SIGNAL}');
}).observe({ entryTypes: ['mark'] });
const watch = new MutationObserver(() => {
  if (window.__bench.firstContent === undefined && document.querySelector('main h1')) {
    window.__bench.firstContent = performance.now();
    console.debug('${FIRST_CONTENT_SIGNAL}');
  }
  const list = document.querySelector('.search-box [role="listbox"]');
  if (list && !list.__watched) {
    list.__watched = true;
    new MutationObserver(() => {
      const at = performance.now();
      const answer = { query: list.getAttribute('data-query'), committed: at, frame: undefined };
      window.__bench.answers.push(answer);
      requestAnimationFrame(() => (answer.frame = performance.now()));
    }).observe(list, { attributes: true, attributeFilter: ['data-query'] });
  }
});
watch.observe(document, { subtree: true, childList: true });
window.addEventListener('keydown', (e) => window.__bench.keys.push({ key: e.key, at: e.timeStamp }), true);
`;

interface Probe {
  firstContent?: number;
  keys: { key: string; at: number }[];
  answers: { query: string | null; committed: number; frame?: number }[];
}

const round = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => percentile(xs, 50);
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

function serve(bundleDir: string, rendererDir = RENDERER_DIR): Promise<Server> {
  const handle = createAppRequestHandler(() => ({ rendererDir, bundleDir }), null);
  const server = createServer((req, res) => {
    void handle(new Request(`http://127.0.0.1${req.url ?? '/'}`, { method: req.method ?? 'GET' })).then(
      async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      },
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE });
  return page;
}

/** The page's JavaScript heap after a full garbage collection, in MiB (the main thread's; the search worker has its own). */
async function heapMiB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / MIB;
}

/** Loads the app from scratch: first content, search readiness (from navigation start) and the heap once both are in. */
async function measureLoad(
  browser: Browser,
  origin: string,
): Promise<{ firstContentMs: number; searchReadyMs: number; searchLoadMs: number; heapMiB: number }> {
  const page = await freshPage(browser);
  const signalled = (text: string) =>
    page.waitForEvent('console', { predicate: (message) => message.text() === text, timeout: 120_000 });
  const milestones = Promise.all([signalled(FIRST_CONTENT_SIGNAL), signalled(SEARCH_READY_SIGNAL)]);
  await page.goto(`${origin}/index.html#/`);
  await milestones;
  const figures = await page.evaluate(() => {
    const ready = performance.getEntriesByName('polcoop:search-ready')[0]?.startTime ?? NaN;
    const load = performance.getEntriesByName('polcoop:search-load')[0]?.startTime ?? NaN;
    return {
      firstContentMs: (window as unknown as { __bench: Probe }).__bench.firstContent ?? NaN,
      searchReadyMs: ready,
      searchLoadMs: ready - load,
    };
  });
  const heap = await heapMiB(page);
  await page.context().close();
  return { ...figures, heapMiB: heap };
}

/** Loads the baseline page from scratch: its first content, measured by the same probe as the app's. */
async function measureBaselineLoad(browser: Browser, origin: string): Promise<number> {
  const page = await freshPage(browser);
  const shown = page.waitForEvent('console', {
    predicate: (message) => message.text() === FIRST_CONTENT_SIGNAL,
    timeout: 60_000,
  });
  await page.goto(`${origin}/index.html`);
  await shown;
  const firstContent = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.firstContent ?? NaN);
  await page.context().close();
  return firstContent;
}

/** Types the session into the search box a key at a time; for each key, the time from keydown to its answer in the DOM. */
async function measureTyping(
  browser: Browser,
  origin: string,
): Promise<{ committed: number[]; frame: number[]; missed: number }> {
  const page = await freshPage(browser);
  await page.goto(`${origin}/index.html#/`);
  await page.waitForFunction(() => performance.getEntriesByName('polcoop:search-ready').length > 0, null, {
    timeout: 60_000,
  });
  const box = page.getByRole('combobox', { name: 'Search the reference' });
  const committed: number[] = [];
  const frame: number[] = [];
  let missed = 0;
  for (const query of TYPING_SESSION) {
    await box.fill('');
    await box.focus();
    for (let i = 1; i <= query.length; i++) {
      const typed = query.slice(0, i);
      await page.evaluate(() => ((window as unknown as { __bench: Probe }).__bench.answers.length = 0));
      await page.keyboard.type(query[i - 1] ?? '');
      if (!typed.trim()) continue;
      try {
        await page.waitForFunction(
          (q) =>
            (window as unknown as { __bench: Probe }).__bench.answers.some(
              (a) => a.query === q && a.frame !== undefined,
            ),
          typed,
          { timeout: ANSWER_TIMEOUT_MS },
        );
      } catch {
        missed += 1;
        continue;
      }
      const { key, answer } = await page.evaluate((q) => {
        const bench = (window as unknown as { __bench: Probe }).__bench;
        return { key: bench.keys.at(-1), answer: bench.answers.filter((a) => a.query === q).at(-1) };
      }, typed);
      if (!key || !answer) continue;
      committed.push(answer.committed - key.at);
      frame.push((answer.frame ?? answer.committed) - key.at);
      await page.waitForTimeout(PAUSE_MS);
    }
  }
  await page.context().close();
  return { committed, frame, missed };
}

async function benchBaseline(browser: Browser, rendererDir: string) {
  const server = await serve(join('dist', 'bundle'), rendererDir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await measureBaselineLoad(browser, origin));
    return { firstContentMs: round(median(loads)) };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

async function benchBundle(browser: Browser, name: string, bundleDir: string, baselineMs: number) {
  const server = await serve(bundleDir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await measureLoad(browser, origin));
    const typing = await measureTyping(browser, origin);
    const index = JSON.parse(readFileSync(join(bundleDir, 'search-index.json'), 'utf8')) as {
      docs: unknown[];
      passages: unknown[];
    };
    const firstContentMs = median(loads.map((l) => l.firstContentMs));
    const searchReadyMs = median(loads.map((l) => l.searchReadyMs));
    return {
      bundle: name,
      documents: index.docs.length,
      passages: index.passages.length,
      catalogueMiB: round(readFileSync(join(bundleDir, 'bundle.json')).length / MIB),
      firstContentMs: round(firstContentMs),
      searchReadyMs: round(searchReadyMs),
      searchWorkerLoadMs: round(median(loads.map((l) => l.searchLoadMs))),
      heapMiB: round(median(loads.map((l) => l.heapMiB))),
      keystrokes: typing.committed.length,
      missedAnswers: typing.missed,
      keystrokeToResultsMs: {
        p50: round(percentile(typing.committed, 50)),
        p95: round(percentile(typing.committed, 95)),
        max: round(Math.max(...typing.committed)),
      },
      keystrokeToNextFrameMs: { p50: round(percentile(typing.frame, 50)), p95: round(percentile(typing.frame, 95)) },
      ratios: {
        /** First content over the baseline's, measured in the same run. */
        firstContentToBaseline: Math.round((firstContentMs / baselineMs) * 100) / 100,
        /** How long after first content search answers. */
        searchReadyAfterFirstContentMs: round(searchReadyMs - firstContentMs),
      },
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * The start chunk: the entry script index.html names and the chunks it imports statically (its modulepreload links),
 * without the UI chunk (mount-app), which is preloaded beside them but imported dynamically once they have run.
 */
function startChunkFiles(): string[] {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)]
    .map((m) => m[1] ?? '')
    .filter((file) => !file.startsWith('mount-app-'));
}

function rendererSizes() {
  const assets = join(RENDERER_DIR, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const sizes = Object.fromEntries(
    files.map((f) => [
      f,
      {
        rawKiB: round(readFileSync(join(assets, f)).length / 1024),
        gzipKiB: round(gzipSync(readFileSync(join(assets, f))).length / 1024),
      },
    ]),
  );
  const total = Object.values(sizes).reduce((sum, s) => sum + s.gzipKiB, 0);
  const start = startChunkFiles();
  const startGzip = start.reduce((sum, f) => sum + (sizes[f]?.gzipKiB ?? 0), 0);
  return { files: sizes, totalGzipKiB: round(total), startChunk: start, startGzipKiB: round(startGzip) };
}

/** One synthetic corpus to measure: its name in the output and its size in documents. */
interface SyntheticSize {
  name: string;
  documents: number;
}

function syntheticSizes(sizes: string, passages: string): SyntheticSize[] {
  const whole = (list: string) =>
    list
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
  return [
    ...whole(sizes).map((n) => ({ name: `synthetic-${n}`, documents: n })),
    ...whole(passages).map((n) => ({
      name: `synthetic-${n}-passages`,
      documents: Math.max(1, Math.round(n / PASSAGES_PER_DOCUMENT)),
    })),
  ];
}

type BundleRow = Awaited<ReturnType<typeof benchBundle>>;

function printTable(baselineMs: number, rows: BundleRow[], renderer: ReturnType<typeof rendererSizes>): void {
  console.log(`baseline (empty Vite + React page): first content ${baselineMs} ms`);
  console.log(
    [
      'bundle',
      'docs',
      'passages',
      'first content ms',
      'x baseline',
      'search ready ms',
      '+ms',
      'keys p50/p95 ms',
      'heap MiB',
    ].join(' | '),
  );
  for (const r of rows)
    console.log(
      [
        r.bundle,
        r.documents,
        r.passages,
        r.firstContentMs,
        r.ratios.firstContentToBaseline,
        r.searchReadyMs,
        r.ratios.searchReadyAfterFirstContentMs,
        `${r.keystrokeToResultsMs.p50}/${r.keystrokeToResultsMs.p95}`,
        r.heapMiB,
      ].join(' | '),
    );
  console.log(
    `renderer JavaScript: ${renderer.totalGzipKiB} KiB gzip in all, start chunk ${renderer.startGzipKiB} KiB`,
  );
}

/**
 * `npm run bench:ui` (after `npm run build`): in Chromium, over the built renderer, the baseline page (an empty Vite +
 * React page with one heading) and then the real bundle and synthetic ones, in the same run and harness: time to first
 * content (and its ratio to the baseline's), time until search answers, keystroke to results in the DOM (p50/p95
 * over a scripted typing session), the JavaScript heap after start, and the renderer's JavaScript size.
 */
async function main(): Promise<number> {
  const line = readCommandLine({
    script: 'bench:ui',
    usage: 'npm run -s bench:ui -- [--sizes N,N] [--passages N,N] [--json]',
    summary:
      'In Chromium, over the built renderer (run npm run build first): the baseline page, then first content, search ready, keystroke to results and heap on the real bundle and synthetic ones.',
    options: {
      sizes: {
        type: 'string',
        default: '10000',
        value: 'N,N',
        help: 'the sizes of the synthetic corpora, in documents; 0 for none',
      },
      passages: {
        type: 'string',
        default: '100000',
        value: 'N,N',
        help: `synthetic corpora given by their passages (${PASSAGES_PER_DOCUMENT} per document); 0 for none`,
      },
      json: { type: 'boolean', help: 'print the figures as one JSON object' },
    },
    check: (values) =>
      wholeNumberListProblem('--sizes', values.sizes, 0) ?? wholeNumberListProblem('--passages', values.passages, 0),
  });
  if (!line.ok) return line.exitCode;
  const { values } = line;
  if (!existsSync(join(RENDERER_DIR, 'index.html')) || !existsSync(join('dist', 'bundle', 'bundle.json'))) {
    console.error('dist/ is not built: run `npm run build` first.');
    return 1;
  }
  const baselineDir = await buildBaselinePage();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const rows: BundleRow[] = [];
  let baseline: { firstContentMs: number };
  try {
    baseline = await benchBaseline(browser, baselineDir);
    rows.push(await benchBundle(browser, 'real', join('dist', 'bundle'), baseline.firstContentMs));
    for (const size of syntheticSizes(values.sizes, values.passages)) {
      const dir = mkdtempSync(join(tmpdir(), 'polcoop-ui-bench-'));
      writeSyntheticContent(join(dir, 'content'), size.documents);
      buildContent(join(dir, 'content'), join(dir, 'bundle'));
      rows.push(await benchBundle(browser, size.name, join(dir, 'bundle'), baseline.firstContentMs));
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  const renderer = rendererSizes();
  if (values.json) console.log(JSON.stringify({ baseline, bundles: rows, renderer }, null, 2));
  else printTable(baseline.firstContentMs, rows, renderer);
  return 0;
}

process.exitCode = await main();
