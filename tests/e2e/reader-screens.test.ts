import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

/** Every main view of the reader: its address, and what shows once it has finished loading. */
const VIEWS = {
  home: { hash: '#/', ready: 'main h1' },
  instrument: { hash: '#/doc/swedish-framework-decision-2006-960', ready: 'main h1' },
  glossary: { hash: '#/glossary', ready: 'main h1' },
  section: { hash: '#/doc/information-exchange', ready: 'main h1' },
  body: { hash: '#/doc/europol', ready: 'main h1' },
  page: { hash: '#/doc/overview', ready: 'main h1' },
  term: { hash: '#/term/schengen-information-system', ready: 'main h1' },
  search: { hash: '#/search?q=europol&kind=instrument', ready: '.search-results .facets' },
  compare: {
    hash: '#/compare?ids=swedish-framework-decision-2006-960,info-exchange-directive-2023-977',
    ready: '.compare-table',
  },
  timeline: { hash: '#/timeline', ready: '.timeline-row' },
  // The About view fills in what the shell reports; waiting for it lets axe and screenshots see the final page.
  about: { hash: '#/about', ready: 'main dd >> text=0.0.0-harness' },
  bookmarks: { hash: '#/bookmarks', ready: '.bookmarks-page .bookmarks-columns' },
  whatsNew: { hash: '#/whats-new', ready: '.whats-new p:not(.muted)' },
  task: { hash: '#/doc/ask-member-state-for-information', ready: '.task-question h2' },
  clock: {
    hash: '#/clock?limit=info-exchange-2023-977-urgent-direct&from=2026-12-03T14:20&zone=Europe/Brussels&other=Europe/Lisbon',
    ready: '.clock-due',
  },
} as const;
const SCREENSHOTS: (keyof typeof VIEWS)[] = ['home', 'instrument', 'glossary'];

async function open(page: Page, origin: string, view: keyof typeof VIEWS): Promise<void> {
  await page.goto(`${origin}/index.html${VIEWS[view].hash}`);
  await page.locator(VIEWS[view].ready).first().waitFor();
}

for (const viewport of SCREEN_VIEWPORTS) {
  describe(`reader views at ${viewport.width}x${viewport.height}`, () => {
    const harness = harnessPerSuite({ viewport });

    for (const theme of SCREEN_THEMES) {
      it(`follows the system's ${theme} scheme and shows home, an instrument and the glossary tidily`, async () => {
        const { page, origin } = harness;
        await page.emulateMedia({ colorScheme: theme });
        for (const view of SCREENSHOTS) {
          await open(page, origin, view);
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          expect(background).toBe(theme === 'dark' ? 'rgb(15, 20, 25)' : 'rgb(255, 255, 255)');
          // Nothing may stick out sideways at this width.
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
          await page.screenshot({
            path: join(RESULTS_DIR, `reader-${view}-${theme}-${viewport.width}x${viewport.height}.png`),
          });
        }
      });
    }

    if (viewport.width === 1280) {
      it('lets a theme chosen in Settings win over the system scheme, both ways', async () => {
        const { page, origin } = harness;
        const background = async (system: 'light' | 'dark', chosen: 'light' | 'dark' | 'system') => {
          await page.emulateMedia({ colorScheme: system });
          await page.goto(`${origin}/index.html`);
          await page.evaluate((t) => localStorage.setItem('polcoop:theme', JSON.stringify(t)), chosen);
          await page.reload();
          await open(page, origin, 'home');
          return page.evaluate(() => [
            getComputedStyle(document.body).backgroundColor,
            getComputedStyle(document.body).color,
          ]);
        };
        const light = ['rgb(255, 255, 255)', 'rgb(27, 31, 36)'];
        const dark = ['rgb(15, 20, 25)', 'rgb(230, 237, 243)'];
        expect(await background('light', 'dark')).toEqual(dark);
        expect(await background('dark', 'light')).toEqual(light);
        expect(await background('dark', 'system')).toEqual(dark);
        expect(await background('light', 'system')).toEqual(light);
      });

      for (const theme of [...SCREEN_THEMES, 'contrast'] as const) {
        it(`has no axe-core violations of any impact on any main view in the ${theme} theme`, async () => {
          const { page, origin } = harness;
          await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
          await page.goto(`${origin}/index.html`);
          await page.evaluate(
            (t) => localStorage.setItem('polcoop:theme', JSON.stringify(t === 'contrast' ? 'contrast' : 'system')),
            theme,
          );
          const found: Record<string, unknown> = {};
          for (const view of Object.keys(VIEWS) as (keyof typeof VIEWS)[]) {
            await page.reload();
            await open(page, origin, view);
            const violations = await axeViolations(page);
            if (violations.length > 0) found[view] = violations;
          }
          await open(page, origin, 'instrument');
          await page.locator('.document-body span.term').first().focus();
          await page.getByRole('tooltip').waitFor();
          const withTooltip = await axeViolations(page);
          if (withTooltip.length > 0) found['instrument with a term tooltip'] = withTooltip;
          await page.getByRole('button', { name: 'Settings' }).click();
          const withSettings = await axeViolations(page);
          if (withSettings.length > 0) found['settings panel'] = withSettings;
          expect(found).toEqual({});
        }, 300_000);
      }
    }
  });
}
