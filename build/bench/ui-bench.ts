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

function serve(bundleDir: string): Promise<Server> {
  const handle = createAppRequestHandler(() => ({ rendererDir: RENDERER_DIR, bundleDir }), null);
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

/** Loads the app from scratch: first content and search readiness, from navigation start. */
async function measureLoad(
  browser: Browser,
  origin: string,
): Promise<{ firstContentMs: number; searchReadyMs: number; searchLoadMs: number }> {
  const page = await freshPage(browser);
  const signalled = (text: string) =>
    page.waitForEvent('console', { predicate: (message) => message.text() === text, timeout: 60_000 });
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
  await page.context().close();
  return figures;
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

async function benchBundle(browser: Browser, name: string, bundleDir: string) {
  const server = await serve(bundleDir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await measureLoad(browser, origin));
    const typing = await measureTyping(browser, origin);
    const documents = (JSON.parse(readFileSync(join(bundleDir, 'search-index.json'), 'utf8')) as { docs: unknown[] })
      .docs.length;
    return {
      bundle: name,
      documents,
      bundleMiB: round(readFileSync(join(bundleDir, 'bundle.json')).length / 2 ** 20),
      firstContentMs: round(median(loads.map((l) => l.firstContentMs))),
      searchReadyMs: round(median(loads.map((l) => l.searchReadyMs))),
      searchWorkerLoadMs: round(median(loads.map((l) => l.searchLoadMs))),
      keystrokes: typing.committed.length,
      missedAnswers: typing.missed,
      keystrokeToResultsMs: {
        p50: round(percentile(typing.committed, 50)),
        p95: round(percentile(typing.committed, 95)),
        max: round(Math.max(...typing.committed)),
      },
      keystrokeToNextFrameMs: { p50: round(percentile(typing.frame, 50)), p95: round(percentile(typing.frame, 95)) },
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
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
  return { files: sizes, totalGzipKiB: round(total) };
}

/**
 * `npm run bench:ui` (after `npm run build`): in Chromium, over the built renderer, on the real bundle and on a
 * synthetic one (default 10,000 documents): time to first content, time until search answers, keystroke to
 * results in the DOM (p50/p95 over a scripted typing session), and the renderer's JavaScript size.
 */
async function main(): Promise<number> {
  const line = readCommandLine({
    script: 'bench:ui',
    usage: 'npm run -s bench:ui -- [--sizes N,N]',
    summary:
      'In Chromium, over the built renderer (run npm run build first): time to first content, time until search answers, keystroke to results, on the real bundle and synthetic ones; prints JSON.',
    options: {
      sizes: {
        type: 'string',
        default: '10000',
        value: 'N,N',
        help: 'the sizes of the synthetic corpora, in documents; 0 for none',
      },
    },
    check: (values) => wholeNumberListProblem('--sizes', values.sizes, 0),
  });
  if (!line.ok) return line.exitCode;
  const { values } = line;
  if (!existsSync(join(RENDERER_DIR, 'index.html')) || !existsSync(join('dist', 'bundle', 'bundle.json'))) {
    console.error('dist/ is not built: run `npm run build` first.');
    return 1;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const rows = [];
  try {
    rows.push(await benchBundle(browser, 'real', join('dist', 'bundle')));
    for (const size of values.sizes
      .split(',')
      .map(Number)
      .filter((n) => n > 0)) {
      const dir = mkdtempSync(join(tmpdir(), 'polcoop-ui-bench-'));
      writeSyntheticContent(join(dir, 'content'), size);
      buildContent(join(dir, 'content'), join(dir, 'bundle'));
      rows.push(await benchBundle(browser, `synthetic-${size}`, join(dir, 'bundle')));
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify({ renderer: rendererSizes(), bundles: rows }, null, 2));
  return 0;
}

process.exitCode = await main();
