import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

const REPEALED = '#/doc/swedish-framework-decision-2006-960';
const LONG_QUERY = `${'x'.repeat(4990)} ${'y'.repeat(9)}`;

const box = (page: Page) => page.getByRole('combobox', { name: 'Search the reference' });

/** The compact header of the instrument shown, and the bottom edge of the top bar above it. */
async function readingHeader(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('.reading-header')?.getBoundingClientRect();
    const badge = document.querySelector('.reading-header .status-badge');
    return {
      top: header?.top,
      bottom: header?.bottom,
      barBottom: document.querySelector('.top-bar')?.getBoundingClientRect().bottom,
      name: document.querySelector('.reading-header .short-name')?.textContent,
      badge: badge?.textContent,
      badgeVisible: badge
        ? badge.getBoundingClientRect().bottom <= window.innerHeight && badge.getBoundingClientRect().top >= 0
        : false,
    };
  });
}

describe('reading what the search found, in Chromium', () => {
  const harness = harnessPerSuite();

  it('opens an instrument picked from the suggestions at its top, its status in view, and keeps name and status in view while reading', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/`);
    await page.locator('main h1').first().waitFor();
    await box(page).click();
    await page.keyboard.type('swedish framework decision', { delay: 20 });
    await page.getByRole('option', { name: /^Swedish Framework Decision\s*Instrument\s*Repealed/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(REPEALED);
    await page.getByRole('note', { name: 'Status' }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.getByRole('note', { name: 'Status' }).isVisible()).toBe(true);
    const top = await readingHeader(page);
    expect(top).toMatchObject({ name: 'Swedish Framework Decision', badge: 'Repealed', badgeVisible: true });

    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const scrolled = await readingHeader(page);
    expect(scrolled).toMatchObject({ name: 'Swedish Framework Decision', badge: 'Repealed', badgeVisible: true });
    expect(scrolled.top).toBe(scrolled.barBottom);
  });

  it('opens a passage picked from the results at its heading, clear of the top bar and the compact header', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/search?q=surveillance%20and%20pursuit%20conditions`);
    // Whichever passage of the CISA chapter ranks first: the point is landing at its heading, not the ranking.
    const passage = page.getByRole('main').locator('a[href^="#/doc/cisa-police-cooperation/"]').first();
    await passage.waitFor();
    const href = (await passage.getAttribute('href')) ?? '';
    const anchor = href.split('/').at(-1) ?? '';
    await passage.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    const heading = await page.locator(`#${anchor}`).evaluate((h) => h.getBoundingClientRect().top);
    const header = await readingHeader(page);
    expect(header.badgeVisible).toBe(true);
    expect(heading).toBeGreaterThanOrEqual(header.bottom ?? Infinity);
    expect(heading).toBeLessThan((header.bottom ?? 0) + 40);
  });

  it('empties the search box on leaving the results for a page, by link, back and forward or the palette, and keeps it on the results', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/`);
    await page.locator('main h1').first().waitFor();
    await box(page).click();
    await page.keyboard.type('europol', { delay: 20 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/search?q=europol');
    await page.locator('.search-results .result').first().waitFor();
    expect(await box(page).inputValue()).toBe('europol');
    await page
      .getByRole('navigation', { name: 'Filter results' })
      .getByRole('region', { name: 'Kind' })
      .getByRole('link', { name: 'Instrument' })
      .click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('kind=instrument');
    expect(await box(page).inputValue()).toBe('europol');

    await page.locator('.search-results .result-title a').first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/doc\//);
    expect(await box(page).inputValue()).toBe('');
    await page.goBack();
    await expect.poll(() => box(page).inputValue()).toBe('europol');
    await page.goForward();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/doc\//);
    expect(await box(page).inputValue()).toBe('');

    await page.goBack();
    await expect.poll(() => box(page).inputValue()).toBe('europol');
    await page.locator('main h1').click();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Go to a page, term or command' }).waitFor();
    await page.keyboard.type('glossary');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/glossary');
    expect(await box(page).inputValue()).toBe('');

    await page.goBack();
    await expect.poll(() => box(page).inputValue()).toBe('europol');
    await page
      .getByRole('navigation', { name: 'Reference contents' })
      .getByRole('link', { name: 'Timeline', exact: true })
      .click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/timeline');
    expect(await box(page).inputValue()).toBe('');
  });

  it('cuts the echo of a 5,000-character query that finds nothing, wraps it, and keeps the whole query on hover', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/search?q=${encodeURIComponent(LONG_QUERY)}`);
    const status = page.getByRole('main').getByRole('status').first();
    await expect.poll(() => status.textContent()).toMatch(/^Nothing found for/);
    expect(await status.textContent()).toBe(`Nothing found for “${'x'.repeat(80)}…”.`);
    expect(await status.getAttribute('title')).toBe(LONG_QUERY);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  for (const viewport of SCREEN_VIEWPORTS) {
    for (const theme of SCREEN_THEMES) {
      it(`shows the compact header over a scrolled instrument and a long query's echo tidily at ${viewport.width}x${viewport.height} in the ${theme} theme`, async () => {
        const { page, origin } = harness;
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto('about:blank');
        await page.goto(`${origin}/index.html${REPEALED}/channels-and-time-limits`);
        await page.locator('#channels-and-time-limits').waitFor();
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        expect((await readingHeader(page)).badgeVisible).toBe(true);
        await page.screenshot({
          path: join(RESULTS_DIR, `instrument-reading-header-${theme}-${viewport.width}x${viewport.height}.png`),
        });

        await page.goto('about:blank');
        await page.goto(`${origin}/index.html#/search?q=${encodeURIComponent(LONG_QUERY)}`);
        // A fresh page: the search worker decodes the whole index before it answers, which takes seconds on a busy machine.
        await expect
          .poll(() => page.getByRole('main').getByRole('status').first().textContent(), { timeout: 15_000 })
          .toMatch(/^Nothing found/);
        await box(page).click();
        await page
          .getByText(/^Nothing found for/)
          .nth(1)
          .waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await page.screenshot({
          path: join(RESULTS_DIR, `search-long-query-${theme}-${viewport.width}x${viewport.height}.png`),
        });
      });
    }
  }
});
