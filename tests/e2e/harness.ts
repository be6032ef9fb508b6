import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createAppRequestHandler, type AppRoots } from '../../electron/app-protocol';
import { createFileBookmarkService } from '../../electron/bookmarks/bookmark-file-store';
import { readBundleManifest } from '../../electron/bundle-verification';
import type { PolicyReport } from '../../common/contract/policy-report-schema';
import { createHandlers } from '../../electron/handlers/create-handlers';
import type { EventName, EventPayload } from '../../common/contract/ipc-contract';
import { createDispatcher } from '../../electron/ipc-dispatch';
import { sendShellEvent } from '../../electron/shell-events';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../build/browser/headless-chromium';

/** Debian's Chromium and the quiet headless flags, shared with the build tools; the browser tests import them from here. */
export { CHROMIUM_FLAGS, CHROMIUM_PATH };

/** Where screenshots go. */
export const RESULTS_DIR = join(process.cwd(), 'test-results');

/** The window sizes and themes the screenshot sets are taken in. */
export const SCREEN_VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
export const SCREEN_THEMES = ['light', 'dark'] as const;

/** A running harness: the built app served on loopback, a Chromium page wired to the real main-process handlers. */
export interface Harness {
  origin: string;
  page: Page;
  /** Every request the page made that left the app's own origin. */
  foreignRequests: string[];
  /** This harness's own user-data folder (the bookmark store lives in `bookmarks/`), removed on close. */
  userData: string;
  /** Sends a main->renderer event as the shell's menus do (through the real `sendShellEvent`), to the page's `polcoopEvents`. */
  sendEvent<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  close(): Promise<void>;
}

/** How a harness's page is set up. */
export interface HarnessOptions {
  viewport?: { width: number; height: number };
  /** The system language the page sees (`navigator.language`), e.g. `fr-FR`; Chromium's own when absent. */
  locale?: string;
  /** The administrators' policies the shell would have read (none without). */
  policies?: PolicyReport;
  /** Verified local packs to serve under /local/, as the shell's setupLocalContent leaves them (none without). */
  localDir?: string;
}

function serve(roots: AppRoots): Promise<Server> {
  const handle = createAppRequestHandler(() => roots, null);
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

function preloadScript(): string {
  const result = buildSync({
    entryPoints: [join(import.meta.dirname, 'harness-preload.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Starts the harness over the built `dist/`; fails with a clear message if the build or Chromium is missing. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const roots: AppRoots = {
    rendererDir: join(process.cwd(), 'dist', 'renderer'),
    bundleDir: join(process.cwd(), 'dist', 'bundle'),
    localDir: options.localDir ?? null,
  };
  if (!existsSync(join(roots.rendererDir, 'index.html')) || !existsSync(join(roots.bundleDir, 'manifest.json'))) {
    throw new Error('dist/ is not built: run `npm run build` first (npm test does).');
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  const server = await serve(roots);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const page = await context.newPage();
  const userData = mkdtempSync(join(tmpdir(), 'polcoop-harness-'));
  const manifest = await readBundleManifest(roots.bundleDir);
  if (!manifest.ok) throw new Error(`dist/bundle: ${manifest.problem.message}`);
  const dispatch = createDispatcher(
    createHandlers({
      app: { name: 'polcoop', version: '0.0.0-harness' },
      manifest: () => manifest.info,
      bookmarks: createFileBookmarkService(join(userData, 'bookmarks')),
      ...(options.policies ? { policies: () => options.policies as PolicyReport } : {}),
    }),
    (sender) => sender.isMainFrame && new URL(sender.url).origin === origin,
  );
  await page.exposeBinding('__polcoopInvoke', (source, channel: string, input: unknown) =>
    dispatch({ url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }, channel, input),
  );
  await page.addInitScript({ content: preloadScript() });
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`) && !request.url().startsWith('data:'))
      foreignRequests.push(request.url());
  });
  return {
    origin,
    page,
    foreignRequests,
    userData,
    sendEvent: async (event, payload) => {
      const delivered: Promise<void>[] = [];
      // Only the transport differs from the shell: webContents.send becomes a call into the page's event binding.
      const contents = {
        send: (channel: string, sent: unknown) =>
          void delivered.push(page.evaluate(([c, p]) => window.__polcoopEmit(c, p), [channel, sent] as const)),
      };
      sendShellEvent(contents, event, payload);
      await Promise.all(delivered);
    },
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(userData, { recursive: true, force: true });
    },
  };
}

/**
 * Starts a harness before the tests of the surrounding `describe` and closes it after them. The object returned reads
 * through to that harness, so tests use it as the harness itself (`const { page, origin } = harness`).
 */
export function harnessPerSuite(options: HarnessOptions = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = (): Harness => {
    if (!started) throw new Error('the harness is used outside the suite that starts it');
    return started;
  };
  return {
    get origin() {
      return current().origin;
    },
    get page() {
      return current().page;
    },
    get foreignRequests() {
      return current().foreignRequests;
    },
    get userData() {
      return current().userData;
    },
    sendEvent: (event, payload) => current().sendEvent(event, payload),
    close: () => current().close(),
  };
}
