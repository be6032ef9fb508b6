import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, startHarness, type Harness } from './harness';

describe('reader journeys in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows the home page with the reference title and its sections', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html`);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('EU Police Cooperation Reference');
    expect(await page.locator('main a').count()).toBeGreaterThan(3);
    await page.screenshot({ path: join(RESULTS_DIR, 'home.png'), fullPage: true });
  });

  it('reports app and content versions through the preload API wired to the real handlers', async () => {
    const info = await harness.page.evaluate(() => window.polcoop?.app.info());
    expect(info).toMatchObject({ ok: true, value: { bundleId: 'eu-police-cooperation', appVersion: '0.0.0-harness' } });
    await expect.poll(() => harness.page.locator('footer').textContent()).toContain('app 0.0.0-harness');
  });

  it('finds an instrument by a word of its text and opens it', async () => {
    const { page } = harness;
    await page.getByRole('searchbox', { name: 'Search the reference' }).fill('Swedish Initiative');
    await page.keyboard.press('Enter');
    const result = page.locator('.results a', { hasText: 'Framework Decision 2006/960/JHA' }).first();
    await expect.poll(() => result.count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS_DIR, 'search.png'), fullPage: true });
    await result.click();
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('2006/960/JHA');
    expect(await page.locator('.status').textContent()).toMatch(/repealed/i);
    await page.screenshot({ path: join(RESULTS_DIR, 'document.png'), fullPage: true });
  });

  it('made no request outside its own origin', () => {
    expect(harness.foreignRequests).toEqual([]);
  });
});
