import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';
import { nothingOverflows } from './overflow';

/** The views shown in French and German at every size and theme, and what marks each as loaded. */
const VIEWS = {
  home: { hash: '#/', ready: 'main h1' },
  instrument: { hash: '#/doc/pnr-directive-2016-681', ready: '.official-title' },
  country: { hash: '#/doc/germany', ready: '.official-title' },
  task: { hash: '#/doc/hot-pursuit-across-border', ready: '.task-question h2' },
  search: { hash: '#/search?q=Nacheile', ready: '.search-results .result' },
} as const;

const LANGUAGES = [
  { locale: 'fr-FR', lang: 'fr', settings: 'Paramètres', term: 'poursuite transfrontalière' },
  { locale: 'de-DE', lang: 'de', settings: 'Einstellungen', term: 'Nacheile' },
] as const;

async function open(page: Page, origin: string, hash: string, ready: string): Promise<void> {
  await page.goto(`${origin}/index.html${hash}`);
  await page.locator(ready).first().waitFor();
}

for (const language of LANGUAGES) {
  for (const viewport of SCREEN_VIEWPORTS) {
    const size = `${viewport.width}x${viewport.height}`;
    describe(`the reader in ${language.locale} at ${size}`, () => {
      const harness = harnessPerSuite({ viewport, locale: language.locale });

      for (const theme of SCREEN_THEMES) {
        it(`shows home, an instrument, a country, a task, results and Settings in ${theme}, nothing cut off, axe clean`, async () => {
          const { page, origin } = harness;
          await page.emulateMedia({ colorScheme: theme });
          const found: Record<string, unknown> = {};
          const look = async (view: string) => {
            expect(await page.evaluate(() => document.documentElement.lang)).toBe(language.lang);
            expect(await nothingOverflows(page), view).toEqual([]);
            const violations = await axeViolations(page);
            if (violations.length > 0) found[view] = violations;
            await page.screenshot({
              path: join(RESULTS_DIR, `language-${language.lang}-${view}-${theme}-${size}.png`),
            });
          };
          for (const [view, { hash, ready }] of Object.entries(VIEWS)) {
            await open(page, origin, hash, ready);
            await look(view);
          }
          await open(page, origin, VIEWS.home.hash, VIEWS.home.ready);
          await page.getByRole('button', { name: language.settings, exact: true }).click();
          await page.locator('.settings-panel').waitFor();
          await look('settings');
          // The page is not reloaded between themes (only its hash changes): close Settings again for the next run.
          await page.getByRole('button', { name: language.settings, exact: true }).click();
          await page.locator('.settings-panel').waitFor({ state: 'detached' });
          expect(found).toEqual({});
        });
      }

      if (viewport.width === 1280) {
        it('finds the glossary term by its equivalent in the command palette, naming it in the language', async () => {
          const { page, origin } = harness;
          await open(page, origin, VIEWS.home.hash, VIEWS.home.ready);
          await page.keyboard.press('Control+K');
          await page.getByRole('dialog').getByRole('combobox').fill(language.term);
          // The term by its equivalent, among the first three (a task about hot pursuit may come first: documents lead).
          const labels = await page.getByRole('option').locator('.palette-label').allTextContents();
          const at = labels.findIndex((label) => label === `Hot pursuit${language.term}`);
          expect(at, labels.join(' | ')).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThan(3);
          const term = page.getByRole('option').nth(at).locator('.palette-translated');
          expect(await term.getAttribute('lang')).toBe(language.lang);
          await page.screenshot({ path: join(RESULTS_DIR, `language-${language.lang}-palette-${size}.png`) });
          await page.getByRole('option').nth(at).click();
          await page.waitForURL(/#\/term\/hot-pursuit$/);
        });
      }
    });
  }
}
