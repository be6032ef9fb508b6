import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS, startHarness, type Harness } from './harness';

// Bundle format 2: the catalogue at start, each document's body from its own file when it is opened.
const DOC = 'swedish-framework-decision-2006-960';
const OTHER = 'info-exchange-directive-2023-977';
const BODY = `**/bundle/documents/${DOC}.json`;

/** Holds a body request until `release` is called, so the loading state stays on screen. */
function heldBodies(page: Page) {
  const held: Route[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const installed = page.route(BODY, async (route) => {
    held.push(route);
    await released;
    await route.continue();
  });
  return { installed, held, release: () => release() };
}

/** Counts, in the page, every loading placeholder ever inserted, so a flash of one cannot be missed. */
async function countLoadingStates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __loadingStates: number };
    w.__loadingStates = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (
            n instanceof Element &&
            (n.matches('.document-body-loading') || n.querySelector('.document-body-loading'))
          )
            w.__loadingStates += 1;
    }).observe(document, { subtree: true, childList: true });
  });
}

describe('document bodies fetched on demand, in Chromium', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  for (const viewport of SCREEN_VIEWPORTS) {
    for (const theme of SCREEN_THEMES) {
      it(`shows a loading state while a body is on its way, and a clear message when its file is missing (${viewport.width}x${viewport.height}, ${theme})`, async () => {
        harness = await startHarness({ viewport });
        const { page, origin } = harness;
        await page.emulateMedia({ colorScheme: theme });
        const hold = heldBodies(page);
        await hold.installed;
        await page.goto(`${origin}/index.html#/doc/${DOC}`);
        // The catalogue is here: the title and the sidebar show while the body is still held back.
        await page.locator('main h1').waitFor();
        const status = page.getByRole('status').filter({ hasText: 'Opening the document…' });
        await status.waitFor();
        await expect.poll(() => status.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
        expect(await page.locator('main [aria-busy="true"]').count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        // Below the key facts: brought into the window so the screenshot shows it.
        await status.scrollIntoViewIfNeeded();
        await page.screenshot({
          path: join(RESULTS_DIR, `document-loading-${theme}-${viewport.width}x${viewport.height}.png`),
        });
        hold.release();
        await page.locator('main .document-body h2').first().waitFor();
        expect(await page.locator('.document-body-loading').count()).toBe(0);

        await page.unroute(BODY);
        await page.route(`**/bundle/documents/${OTHER}.json`, (route) => route.fulfill({ status: 404, body: 'gone' }));
        await page.goto(`${origin}/index.html#/doc/${OTHER}`);
        const alert = page.getByRole('alert');
        await expect
          .poll(() => alert.textContent(), { timeout: 10_000 })
          .toMatch(/its file bundle\/documents\/info-exchange-directive-2023-977\.json is missing/);
        // The rest of the reader still works: the title from the catalogue, the sidebar, and the search box.
        expect(await page.locator('main h1').textContent()).toBeTruthy();
        expect(await page.getByRole('combobox', { name: 'Search the reference' }).count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        await alert.scrollIntoViewIfNeeded();
        await page.screenshot({
          path: join(RESULTS_DIR, `document-missing-body-${theme}-${viewport.width}x${viewport.height}.png`),
        });
      });
    }
  }

  it('refuses a tampered body file, naming it, and opens other documents as usual', async () => {
    harness = await startHarness();
    const { page, origin } = harness;
    await page.route(BODY, async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace('<p>', '<p>Planted words. ');
      await route.fulfill({ response, body: text });
    });
    await page.goto(`${origin}/index.html#/doc/${DOC}`);
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 })
      .toMatch(/its file bundle\/documents\/swedish-framework-decision-2006-960\.json is not the one/);
    expect(await page.locator('main').textContent()).not.toContain('Planted words');
    await page.locator(`.sidebar a[href="#/doc/${OTHER}"]`).first().click();
    await page.locator('main .document-body h2').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('never shows the loading state for a body it already has, and fetches each body once', async () => {
    harness = await startHarness();
    const { page, origin } = harness;
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/bundle/documents/')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(`${origin}/index.html#/doc/${DOC}`);
    await page.locator('main .document-body h2').first().waitFor();
    await countLoadingStates(page);
    await page.goto(`${origin}/index.html#/doc/overview`);
    await page.locator('main .document-body').first().waitFor();
    const afterOverview = await page.evaluate(() => (window as unknown as { __loadingStates: number }).__loadingStates);
    await page.goBack();
    await page.locator('main .document-body h2').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __loadingStates: number }).__loadingStates)).toBe(
      afterOverview,
    );
    expect(fetched.filter((path) => path.endsWith(`/${DOC}.json`))).toHaveLength(1);
  });

  it('fetches a body when the pointer rests on a link to it, before it is clicked', async () => {
    harness = await startHarness();
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/`);
    await page.locator('main h1').waitFor();
    const requested = page.waitForRequest((request) => request.url().endsWith(`/bundle/documents/${OTHER}.json`));
    await page.locator(`.sidebar a[href="#/doc/${OTHER}"]`).first().hover();
    await requested;
  });

  it('refuses a catalogue of another format with a message naming the file and both formats', async () => {
    harness = await startHarness();
    const { page, origin } = harness;
    await page.route('**/bundle/bundle.json', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('{"format":2,', '{"format":1,') });
    });
    await page.goto(`${origin}/index.html#/`);
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 })
      .toMatch(/bundle\/bundle\.json has format 1; this reader reads format 2/);
  });
});
