import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/content-security-policy';
import { startServe, type ServeChild } from '../build/web-edition/serve-child';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, RESULTS_DIR } from './harness';
import { expectHomeRendered, searchAndOpenSwedishInitiative, watchPage } from './web-journey-steps';

describe('web edition journeys in Chromium against npm run serve', () => {
  let server: ServeChild;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const responses: Response[] = [];

  beforeAll(async () => {
    if (!existsSync(join('dist', 'renderer', 'index.html')) || !existsSync(join('dist', 'bundle', 'manifest.json'))) {
      throw new Error('dist/ is not built: run `npm run build` first (npm test does).');
    }
    mkdirSync(RESULTS_DIR, { recursive: true });
    server = await startServe(['--port', '0'], process.cwd());
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    watchPage(page, new URL(server.url).origin, foreignRequests, consoleErrors);
    page.on('response', (response) => responses.push(response));
  });
  afterAll(async () => {
    await browser?.close();
    const stopped = await server?.stop('SIGINT');
    expect(stopped?.code).toBe(0);
  });

  it('renders the home page, served with the desktop CSP and isolation headers, without the preload API', async () => {
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    expect(await response?.allHeaders()).toMatchObject({
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
    });
    await expectHomeRendered(page);
    await page.screenshot({ path: join(RESULTS_DIR, 'web-home.png'), fullPage: true });
  });

  it('finds an instrument by a word of its text and opens it', async () => {
    await searchAndOpenSwedishInitiative(page, join(RESULTS_DIR, 'web-search.png'));
    await page.screenshot({ path: join(RESULTS_DIR, 'web-document.png') });
  });

  it('opens a deep link to a document directly', async () => {
    const link = new URL(page.url());
    await page.goto('about:blank');
    await page.goto(link.href);
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 30_000 }).toContain('2006/960/JHA');
  });

  it('shows About with the content identity from the bundle', async () => {
    await page.goto(`${server.url}#/about`);
    await expect
      .poll(() => page.locator('.about-facts').textContent(), { timeout: 30_000 })
      .toContain('eu-police-cooperation');
    await page.screenshot({ path: join(RESULTS_DIR, 'web-about.png'), fullPage: true });
  });

  it('revalidates the bundle by its ETag on reload instead of downloading it again', async () => {
    const etag = (
      await page.request.get(`${server.url}bundle/bundle.json`, { headers: { 'Accept-Encoding': 'br' } })
    ).headers().etag;
    responses.length = 0;
    await page.reload();
    await expect
      .poll(() => responses.some((r) => r.url().endsWith('/bundle/bundle.json')), { timeout: 30_000 })
      .toBe(true);
    const bundle = responses.find((r) => r.url().endsWith('/bundle/bundle.json'))!;
    expect(await bundle.request().headerValue('if-none-match')).toBe(etag);
    expect((await bundle.request().sizes()).responseBodySize).toBe(0);
  });

  it('made no request outside its own origin and logged no error (no CSP violation)', () => {
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
