import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startServe } from '../build/web-edition/serve-child';
import { axeViolations } from './axe';
import { CHROMIUM_PATH, type Harness, harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

const rows = (harness: Harness) => harness.page.locator('.bookmark-list > li');
// The machine is shared: give the page time to load and the store time to answer.
const patiently = { timeout: 15_000 };

describe('bookmark journeys in Chromium', () => {
  const harness = harnessPerSuite();

  it('bookmarks a page, adds a note, finds it, exports, clears, imports and sees it back', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/doc/swedish-framework-decision-2006-960`);
    const star = page.getByRole('button', { name: 'Bookmark', exact: true });
    await expect.poll(() => star.isEnabled(), patiently).toBe(true);
    await page.keyboard.press('Control+d');
    await expect.poll(() => star.getAttribute('aria-pressed'), patiently).toBe('true');
    await page.screenshot({ path: join(RESULTS_DIR, 'bookmarks-star.png') });

    await page.goto(`${origin}/index.html#/term/single-point-of-contact`);
    await page.getByRole('button', { name: 'Bookmark', exact: true }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Bookmark', exact: true }).getAttribute('aria-pressed'), patiently)
      .toBe('true');

    await page.goto(`${origin}/index.html#/bookmarks`);
    await expect.poll(() => rows(harness).count(), patiently).toBe(2);
    await page.getByRole('button', { name: 'Edit Swedish Framework Decision' }).click();
    await page.getByLabel('Note').fill('Ask the <b>SPOC</b> before sending a request');
    await page.getByLabel('Tags (comma-separated)').fill('exchange, urgent');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('.bookmark-note').textContent(), patiently)
      .toBe('Ask the <b>SPOC</b> before sending a request');

    await page.getByLabel('Search bookmarks').fill('before sending');
    await expect.poll(() => rows(harness).count(), patiently).toBe(1);
    expect(await rows(harness).locator('a').textContent()).toBe('Swedish Framework Decision');
    // What the officer saved is in the file store in the user-data folder, not only in the page.
    const onDisk = readFileSync(join(harness.userData, 'bookmarks', 'bookmarks.journal'), 'utf8');
    expect(onDisk).toContain('before sending a request');
    await page.getByLabel('Search bookmarks').fill('');
    await page.screenshot({ path: join(RESULTS_DIR, 'bookmarks-view.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export (JSON)' }).click(),
    ]);
    const exported = join(RESULTS_DIR, 'bookmarks-export.json');
    await download.saveAs(exported);
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({
      format: 'polcoop-bookmarks',
      bookmarks: [{}, {}],
    });

    await page.getByLabel('Select all shown').check();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByText('Bookmarked pages will appear here.').count(), patiently).toBe(1);

    await page.getByLabel('Import a bookmarks file (JSON)').setInputFiles(exported);
    await expect
      .poll(() => page.locator('.import-preview p').first().textContent(), patiently)
      .toBe('This import adds 2, merges 0 into existing bookmarks and skips 0 already here.');
    await page.screenshot({ path: join(RESULTS_DIR, 'bookmarks-import-preview.png'), fullPage: true });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => rows(harness).count(), patiently).toBe(2);
    expect(await page.locator('.bookmark-note').textContent()).toBe('Ask the <b>SPOC</b> before sending a request');
    expect(await page.locator('.bookmark-list b').count()).toBe(0);
  });

  it('names a bookmark by its short name, the official title on hover and under the name on keyboard focus', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/bookmarks`);
    const link = page.locator('.bookmark-list').getByRole('link', { name: 'Swedish Framework Decision' });
    await link.waitFor(patiently);
    const official = /^Council Framework Decision 2006\/960\/JHA of 18 December 2006 on simplifying/;
    expect(await link.getAttribute('title')).toMatch(official);
    const row = page.locator('.bookmark-list > li', {
      has: page.getByRole('link', { name: 'Swedish Framework Decision' }),
    });
    const officialLine = row.locator('.bookmark-official');
    expect(await officialLine.isVisible()).toBe(false);
    const oneLine = await row.locator('.bookmark-title').evaluate((p) => p.getBoundingClientRect().height);
    expect(oneLine).toBeLessThan(40);
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => officialLine.isVisible()).toBe(true);
    expect(await officialLine.textContent()).toMatch(official);
    for (const viewport of SCREEN_VIEWPORTS) {
      for (const theme of SCREEN_THEMES) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await page.screenshot({
          path: join(RESULTS_DIR, `bookmarks-short-names-${theme}-${viewport.width}x${viewport.height}.png`),
        });
      }
    }
    await page.setViewportSize(SCREEN_VIEWPORTS[0]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('has no axe-core violations on the bookmarks view', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/bookmarks`);
    await expect.poll(() => rows(harness).count(), patiently).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'New folder' }).click();
    await page.getByLabel('Folder name').fill('Cases');
    await page.getByRole('button', { name: 'Create folder' }).click();
    await page.locator('.bookmark-list input[type="checkbox"]').first().check();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(RESULTS_DIR, 'bookmarks-selection.png'), fullPage: true });
  });
});

describe('bookmarks in the web edition (npm run serve, no shell)', () => {
  it('keeps a bookmark in the browser across a reload, through the same UI', async () => {
    const server = await startServe(['--port', '0'], process.cwd());
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}#/doc/swedish-framework-decision-2006-960`);
      expect(await page.evaluate(() => 'polcoop' in window)).toBe(false);
      const star = page.getByRole('button', { name: 'Bookmark', exact: true });
      await expect.poll(() => star.isEnabled(), patiently).toBe(true);
      await star.click();
      await expect.poll(() => star.getAttribute('aria-pressed'), patiently).toBe('true');
      await page.goto(`${server.url}#/bookmarks`);
      await page.reload();
      await expect
        .poll(() => page.locator('.bookmark-list > li a').first().textContent(), patiently)
        .toBe('Swedish Framework Decision');
    } finally {
      await browser.close();
      await server.stop('SIGINT');
    }
  });
});
