import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStaticSite } from '../../build/static-site/export-static';
import {
  serverMissing,
  startLocalServer,
  type LocalServer,
  type ServerKind,
} from '../../build/static-site/local-server';
import { IMMUTABLE_CACHE_CONTROL } from '../../build/web-edition/cache-policy';
import { SECURITY_HEADERS } from '../../build/web-edition/security-headers';
import { rawRequest } from '../build/web-edition/raw-request';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, RESULTS_DIR } from './harness';
import { expectHomeRendered, searchAndOpenSwedishInitiative, watchPage } from './web-journey-steps';

/** Each real server, at the root and under a sub-path (kiwix-serve's most common bug is the second). */
const CASES = (['nginx', 'caddy'] as const).flatMap((kind) =>
  (['/', '/polcoop/'] as const).map((basePath) => [kind, basePath] as const),
);

/** One export per base path, shared by both servers. */
const exports = new Map<string, { site: string; bundleFolder: string }>();
let workDir: string;
let browser: Browser;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'polcoop-static-e2e-'));
  mkdirSync(RESULTS_DIR, { recursive: true });
  for (const basePath of ['/', '/polcoop/']) {
    const outDir = join(workDir, basePath === '/' ? 'root' : 'sub');
    const exported = await exportStaticSite({
      outDir,
      basePath,
      webRoot: join(outDir, 'site'),
      rendererDir: join(process.cwd(), 'dist', 'renderer'),
      bundleDir: join(process.cwd(), 'dist', 'bundle'),
    });
    if (!exported.ok) throw new Error(`${exported.message}\n(run npm run build first; npm test does)`);
    exports.set(basePath, { site: join(outDir, 'site'), bundleFolder: exported.bundleFolder });
  }
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe.each(CASES)('a static export served by %s under %s', (kind: ServerKind, basePath) => {
  const missing = serverMissing(kind);
  if (missing !== undefined) console.warn(`Skipping the ${kind} tests: ${missing}.`);
  let server: LocalServer;
  let page: Page;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const label = `${kind}-${basePath === '/' ? 'root' : 'subpath'}`;

  describe.skipIf(missing !== undefined)('', () => {
    beforeAll(async () => {
      server = await startLocalServer(kind, exports.get(basePath)!.site, basePath);
      page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      watchPage(page, new URL(server.url).origin, foreignRequests, consoleErrors);
    }, 60_000);
    afterAll(async () => {
      await page?.context().close();
      await server?.stop();
    });

    it('sends index.html brotli-compressed to a client that accepts it, with every security header and no-cache', async () => {
      const response = await rawRequest(server.url, basePath, { headers: { 'Accept-Encoding': 'br, gzip' } });
      expect(response.status).toBe(200);
      expect(response.headers).toMatchObject({ 'content-encoding': 'br', 'cache-control': 'no-cache' });
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers[name.toLowerCase()]).toBe(value);
      expect(brotliDecompressSync(response.body)).toEqual(
        readFileSync(join(exports.get(basePath)!.site, 'index.html')),
      );
      const plain = await rawRequest(server.url, `${basePath}index.html`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString('utf8')).toContain('<meta http-equiv="Content-Security-Policy"');
    });

    it('caches content-addressed files for ever and revalidates the entry points', async () => {
      const { site, bundleFolder } = exports.get(basePath)!;
      const html = readFileSync(join(site, 'index.html'), 'utf8');
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
      for (const path of [script, `${bundleFolder}bundle.json`, `${bundleFolder}search-index.json`]) {
        const response = await rawRequest(server.url, `${basePath}${path}`, { headers: { 'Accept-Encoding': 'br' } });
        expect([
          path,
          response.status,
          response.headers['cache-control'],
          response.headers['content-encoding'],
        ]).toEqual([path, 200, IMMUTABLE_CACHE_CONTROL, 'br']);
      }
      const manifest = await rawRequest(server.url, `${basePath}bundle/manifest.json`);
      expect([manifest.status, manifest.headers['cache-control']]).toEqual([200, 'no-cache']);
    });

    it.each([
      '../../../../etc/passwd',
      '%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '..%2f..%2f..%2fetc%2fpasswd',
      'assets/../../../etc/passwd',
      '..%5c..%5cetc%5cpasswd',
    ])('refuses the traversal %s with 404 or 400, security headers still on', async (attempt) => {
      for (const target of [`${basePath}${attempt}`, `/${attempt}`]) {
        const response = await rawRequest(server.url, target);
        expect([target, [400, 404].includes(response.status)]).toEqual([target, true]);
        expect(response.body.toString('latin1')).not.toContain('root:');
        expect(response.headers['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
      }
    });

    it('refuses methods other than GET and HEAD', async () => {
      expect([403, 405]).toContain((await rawRequest(server.url, basePath, { method: 'POST' })).status);
      expect((await rawRequest(server.url, basePath, { method: 'HEAD' })).status).toBe(200);
    });

    it('runs the web-edition journey: home, search, open a result, deep link', async () => {
      const response = await page.goto(server.url);
      expect(response?.status()).toBe(200);
      await expectHomeRendered(page);
      await page.screenshot({ path: join(RESULTS_DIR, `static-${label}-home.png`) });
      await searchAndOpenSwedishInitiative(page);
      await page.screenshot({ path: join(RESULTS_DIR, `static-${label}-document.png`) });
      const link = page.url();
      expect(link.startsWith(server.url)).toBe(true);
      await page.goto('about:blank');
      await page.goto(link);
      await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 30_000 }).toContain('2006/960/JHA');
    });

    it('made no request outside its own origin and logged no error (no CSP violation)', () => {
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
});
