import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

const DEADLINE = 'what is the deadline for a non urgent request under the information exchange directive';
const TYPO = 'swedish initative still aplies?';
const searchUrl = (origin: string, query: string, extra = '') =>
  `${origin}/index.html#/search?q=${encodeURIComponent(query)}${extra}`;

describe('direct answers and corrected typos in Chromium (issue 21)', () => {
  const harness = harnessPerSuite();

  it('answers a time-limit question above the results, with its source, the clock and the act', async () => {
    const { page, origin } = harness;
    await page.setViewportSize(SCREEN_VIEWPORTS[0]);
    await page.goto('about:blank');
    await page.goto(searchUrl(origin, DEADLINE));
    const answer = page.getByRole('region', { name: 'Time limits: Information Exchange Directive' });
    await answer.waitFor();
    expect(await answer.textContent()).toContain('7 calendar days from receipt of the request');
    expect(await answer.textContent()).toContain('Art. 5(1)(c)');
    // The answer sits above the first result.
    const answerBox = await answer.boundingBox();
    const firstResult = await page.locator('.search-results .result').first().boundingBox();
    expect((answerBox?.y ?? 0) < (firstResult?.y ?? 0)).toBe(true);
    await answer.getByRole('link', { name: 'Work out the deadline' }).click();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toMatch(/^#\/clock\?limit=info-exchange-2023-977-other(&|$)/);
    expect(harness.foreignRequests).toEqual([]);
  });

  it('gives no answer where the content holds none', async () => {
    const { page, origin } = harness;
    await page.goto('about:blank');
    await page.goto(searchUrl(origin, 'how long can PNR data be kept'));
    await page.locator('.search-results .result').first().waitFor();
    expect(await page.locator('.direct-answer').count()).toBe(0);
  });

  it('shows the corrected query and searches the words as typed on request', async () => {
    const { page, origin } = harness;
    await page.goto('about:blank');
    await page.goto(searchUrl(origin, TYPO));
    const line = page.locator('.correction');
    await line.waitFor();
    expect(await line.textContent()).toMatch(
      /^Showing results for swedish initiative still apply\. Search instead for/,
    );
    await page.getByRole('region', { name: 'Status: Swedish Framework Decision' }).waitFor();
    await line.getByRole('link', { name: TYPO }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('verbatim=1');
    await expect.poll(() => page.getByRole('main').getByRole('status').first().textContent()).toContain('initative');
    expect(await page.locator('.correction').count()).toBe(0);
  });

  for (const viewport of SCREEN_VIEWPORTS) {
    for (const theme of SCREEN_THEMES) {
      it(`shows a direct answer and a corrected typo tidily at ${viewport.width}x${viewport.height} in the ${theme} theme`, async () => {
        const { page, origin } = harness;
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        const size = `${theme}-${viewport.width}x${viewport.height}`;
        for (const [name, query, ready] of [
          ['search-answer', DEADLINE, '.direct-answer'],
          ['search-correction', TYPO, '.correction'],
        ] as const) {
          await page.goto('about:blank');
          await page.goto(searchUrl(origin, query));
          await page.locator(ready).waitFor();
          await page.locator('.search-results .result').first().waitFor();
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
          await page.screenshot({ path: join(RESULTS_DIR, `${name}-${size}.png`) });
        }
      });
    }
  }

  for (const theme of [...SCREEN_THEMES, 'contrast'] as const) {
    it(`has no axe-core violations on an answer and a correction in the ${theme} theme`, async () => {
      const { page, origin } = harness;
      await page.setViewportSize(SCREEN_VIEWPORTS[0]);
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
      await page.goto(`${origin}/index.html`);
      await page.evaluate(
        (t) => localStorage.setItem('polcoop:theme', JSON.stringify(t === 'contrast' ? 'contrast' : 'system')),
        theme,
      );
      const found: Record<string, unknown> = {};
      for (const [name, query, ready] of [
        ['answer', DEADLINE, '.direct-answer'],
        ['correction', TYPO, '.correction'],
      ] as const) {
        await page.goto('about:blank');
        await page.goto(searchUrl(origin, query));
        await page.locator(ready).waitFor();
        await page.locator('.search-results .result').first().waitFor();
        const violations = await axeViolations(page);
        if (violations.length > 0) found[name] = violations;
      }
      if (theme === 'contrast')
        await page.screenshot({ path: join(RESULTS_DIR, 'search-correction-contrast-1280x800.png') });
      expect(found).toEqual({});
    });
  }
});
