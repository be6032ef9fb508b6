import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

const REPEALED = 'swedish-framework-decision-2006-960';
const REPEAL_PENDING = 'vis-le-access-decision-2008-633';

describe('how current the reference is, in Chromium', () => {
  const harness = harnessPerSuite();

  for (const viewport of SCREEN_VIEWPORTS) {
    for (const theme of SCREEN_THEMES) {
      it(`shows an instrument's status as of its check and a successor strip, at ${viewport.width}x${viewport.height} in the ${theme} theme`, async () => {
        const { page, origin } = harness;
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto('about:blank');
        await page.goto(`${origin}/index.html#/doc/${REPEALED}`);
        const banner = page.getByRole('note', { name: 'Status' });
        await banner.waitFor();
        expect(await banner.textContent()).toMatch(
          /Status as of 3 December 2026, checked against Council Framework Decision 2006\/960\/JHA/,
        );
        const strip = page.getByRole('navigation', { name: 'Successor' });
        expect(await strip.textContent()).toContain('Replaced by Information Exchange Directive →');
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        // The status line and the strip sit in the first screen, before the text.
        expect((await strip.boundingBox())?.y ?? Infinity).toBeLessThan(viewport.height);
        await page.screenshot({
          path: join(RESULTS_DIR, `currency-instrument-${theme}-${viewport.width}x${viewport.height}.png`),
        });
        await page.getByRole('region', { name: 'Sources' }).scrollIntoViewIfNeeded();
        await page.screenshot({
          path: join(RESULTS_DIR, `currency-sources-${theme}-${viewport.width}x${viewport.height}.png`),
        });
      });
    }
  }

  it('leads from a repealed act to its successor, and shows a pending repeal as pending everywhere', async () => {
    const { page, origin } = harness;
    await page.setViewportSize(SCREEN_VIEWPORTS[0]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${origin}/index.html#/doc/${REPEALED}`);
    await page.getByRole('link', { name: 'Go to Information Exchange Directive' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/doc/info-exchange-directive-2023-977');
    await page.goto(`${origin}/index.html#/doc/${REPEAL_PENDING}`);
    await expect
      .poll(() => page.locator('.reading-header .status-badge').textContent())
      .toBe('In force, repeal pending');
    const strip = page.getByRole('navigation', { name: 'Successor' });
    expect(await strip.textContent()).toMatch(
      /^Being replaced by .+ → · pending: the start of operations of the revised VIS/,
    );
    await page.screenshot({ path: join(RESULTS_DIR, 'currency-repeal-pending-light-1280x800.png') });
    // The same standing in the sidebar list and in search results.
    expect(await page.locator(`.instrument-list a[href="#/doc/${REPEAL_PENDING}"] + .status-badge`).textContent()).toBe(
      'In force, repeal pending',
    );
    await page.goto(`${origin}/index.html#/search?q=2008%2F633`);
    const first = page.locator('.result').first();
    await first.waitFor();
    expect(await first.locator('.status-badge').textContent()).toBe('In force, repeal pending');
    await page.goto(`${origin}/index.html#/search?q=2024%2F1358`);
    await page.locator('.result').first().waitFor();
    expect(await page.locator('.result').first().textContent()).toContain('Eurodac');
    expect(await page.locator('.result').first().locator('.status-badge').textContent()).toBe('In force');
  });

  it('shows the content date on the About view', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/about`);
    const date = page.getByText('Content date').locator('xpath=following-sibling::dd');
    await expect.poll(() => date.textContent()).toBe('2026-12-03');
  });

  for (const theme of [...SCREEN_THEMES, 'contrast'] as const) {
    it(`has no axe-core violations on an instrument page with its strip and sources in the ${theme} theme`, async () => {
      const { page, origin } = harness;
      await page.setViewportSize(SCREEN_VIEWPORTS[0]);
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
      await page.goto(`${origin}/index.html`);
      await page.evaluate(
        (t) => localStorage.setItem('polcoop:theme', JSON.stringify(t === 'contrast' ? 'contrast' : 'system')),
        theme,
      );
      await page.goto('about:blank');
      await page.goto(`${origin}/index.html#/doc/${REPEAL_PENDING}`);
      await page.getByRole('navigation', { name: 'Successor' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('the stale-content notice, with the clock seven months ahead, in Chromium', () => {
  const harness = harnessPerSuite();

  for (const theme of SCREEN_THEMES) {
    it(`says the content may be out of date and how to get newer content, in the ${theme} theme, with no axe-core violations`, async () => {
      const { page, origin } = harness;
      await page.clock.setFixedTime(new Date('2027-07-03T09:00:00Z'));
      await page.setViewportSize(SCREEN_VIEWPORTS[0]);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('about:blank');
      await page.goto(`${origin}/index.html#/doc/${REPEALED}`);
      const notice = page.getByRole('complementary', { name: 'Content age' });
      await notice.waitFor();
      expect(await notice.textContent()).toContain(
        'This content is dated 3 December 2026, more than six months ago, and may be out of date.',
      );
      expect(await notice.textContent()).toContain('File > Import Content Pack');
      await page.screenshot({ path: join(RESULTS_DIR, `currency-stale-notice-${theme}-1280x800.png`) });
      expect(await axeViolations(page)).toEqual([]);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(() => notice.count()).toBe(0);
    });
  }

  it('stays away while the content is less than six months old', async () => {
    const { page, origin } = harness;
    await page.clock.setFixedTime(new Date('2027-05-03T09:00:00Z'));
    await page.goto('about:blank');
    await page.goto(`${origin}/index.html#/doc/${REPEALED}`);
    await page.getByRole('note', { name: 'Status' }).waitFor();
    expect(await page.getByRole('complementary', { name: 'Content age' }).count()).toBe(0);
  });
});
