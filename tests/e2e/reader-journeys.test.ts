import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { harnessPerSuite, RESULTS_DIR } from './harness';

describe('reader journeys in Chromium', () => {
  const harness = harnessPerSuite();

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
    await page.goto(`${harness.origin}/index.html#/search?q=Swedish+Initiative`);
    const result = page.getByRole('main').locator('a[href^="#/doc/swedish-framework-decision-2006-960"]').first();
    await result.waitFor();
    await page.screenshot({ path: join(RESULTS_DIR, 'search.png'), fullPage: true });
    await result.click();
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toMatch(/^#\/doc\/swedish-framework-decision-2006-960(\/|$)/);
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Council Framework Decision 2006/960/JHA');
    expect(await page.getByRole('note', { name: 'Status' }).textContent()).toMatch(/^Repealed/);
    expect(await page.getByRole('navigation', { name: 'Successor' }).textContent()).toMatch(
      /Replaced by Information Exchange Directive/,
    );
    await page.screenshot({ path: join(RESULTS_DIR, 'document.png'), fullPage: true });
  });

  it('opens a term definition with the keyboard and follows it to the glossary', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/doc/swedish-framework-decision-2006-960`);
    const term = page.locator('.document-body span.term[data-term="framework-decision"]').first();
    await term.waitFor();
    await term.focus();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/Framework Decision/);
    expect(await term.getAttribute('aria-describedby')).toBe(await page.getByRole('tooltip').getAttribute('id'));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/term/framework-decision');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Framework Decision');
  });

  it('goes back with Alt+Left to the scroll position it left', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/glossary`);
    await page.locator('.term-list').waitFor();
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const link = page
      .locator('.term-list a')
      .filter({ hasText: /^DubliNet$/ })
      .first();
    await link.scrollIntoViewIfNeeded();
    const left = await page.evaluate(() => window.scrollY);
    expect(left).toBeGreaterThan(1000);
    await link.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('DubliNet');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Glossary');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(left);
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => page.locator('h1').textContent()).toBe('DubliNet');
  });

  it("opens a heading from the table of contents and scrolls it into view below the top bar and the instrument's compact header", async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/doc/info-exchange-directive-2023-977`);
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'How it relates to other instruments' })
      .click();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toBe('#/doc/info-exchange-directive-2023-977/how-it-relates-to-other-instruments');
    const top = await page
      .locator('#how-it-relates-to-other-instruments')
      .evaluate((h) => h.getBoundingClientRect().top);
    const bar = await page.locator('.reading-header').evaluate((h) => h.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(bar);
    expect(top).toBeLessThan(bar + 40);
  });

  it('made no request outside its own origin', () => {
    expect(harness.foreignRequests).toEqual([]);
  });
});
