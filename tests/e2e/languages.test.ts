import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR } from './harness';
import { nothingOverflows } from './overflow';

/** The views the language screenshots show, and what marks each as loaded. */
const VIEWS = {
  home: { hash: '#/', ready: 'main h1' },
  instrument: { hash: '#/doc/pnr-directive-2016-681', ready: '.official-title' },
  term: { hash: '#/term/hot-pursuit', ready: '.term-equivalent' },
  search: { hash: '#/search?q=Nacheile', ready: '.search-results .result' },
} as const;

async function open(page: Page, origin: string, hash: string, ready: string): Promise<void> {
  await page.goto(`${origin}/index.html${hash}`);
  await page.locator(ready).first().waitFor();
}

const LANGUAGES = [
  {
    locale: 'fr-FR',
    lang: 'fr',
    home: 'Accueil',
    settings: 'Paramètres',
    official: /^Directive \(UE\) 2016\/681 du Parlement européen et du Conseil/,
    equivalent: 'poursuite transfrontalière',
    results: /résultats? pour «\u00a0Nacheile\u00a0»/,
  },
  {
    locale: 'de-DE',
    lang: 'de',
    home: 'Startseite',
    settings: 'Einstellungen',
    official: /^Richtlinie \(EU\) 2016\/681 des Europäischen Parlaments und des Rates/,
    equivalent: 'Nacheile',
    results: /Treffer für „Nacheile“/,
  },
] as const;

for (const language of LANGUAGES) {
  describe(`the reader in ${language.locale} (a system in that language)`, () => {
    const harness = harnessPerSuite({ viewport: { width: 1280, height: 800 }, locale: language.locale });

    it('follows the system language: <html lang>, the interface texts, official titles, equivalents, results; axe finds nothing', async () => {
      const { page, origin } = harness;
      const found: Record<string, unknown> = {};
      for (const [view, { hash, ready }] of Object.entries(VIEWS)) {
        await open(page, origin, hash, ready);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language.lang);
        expect(await nothingOverflows(page), view).toEqual([]);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[view] = violations;
        await page.screenshot({ path: join(RESULTS_DIR, `language-${language.lang}-${view}-1280x800.png`) });
      }
      await open(page, origin, VIEWS.home.hash, VIEWS.home.ready);
      await expect(page.getByRole('link', { name: language.home, exact: true }).count()).resolves.toBeGreaterThan(0);
      await open(page, origin, VIEWS.instrument.hash, VIEWS.instrument.ready);
      expect(await page.locator('.official-title [lang]').textContent()).toMatch(language.official);
      expect(await page.locator('main h1').getAttribute('lang')).toBe('en');
      await open(page, origin, VIEWS.term.hash, VIEWS.term.ready);
      expect(await page.locator('.term-equivalent').textContent()).toBe(language.equivalent);
      await open(page, origin, VIEWS.search.hash, VIEWS.search.ready);
      expect(await page.locator('.results-status').textContent()).toMatch(language.results);
      await page.getByRole('button', { name: language.settings, exact: true }).click();
      const settings = await axeViolations(page);
      if (settings.length > 0) found.settings = settings;
      expect(await nothingOverflows(page)).toEqual([]);
      await page.screenshot({ path: join(RESULTS_DIR, `language-${language.lang}-settings-1280x800.png`) });
      expect(found).toEqual({});
    });
  });
}

describe('choosing a language in Settings (an English system)', () => {
  const harness = harnessPerSuite({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });

  it('loads no other language until one is chosen, then switches at once, remembers it and can go back to the system', async () => {
    const { page, origin } = harness;
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await open(page, origin, VIEWS.instrument.hash, 'main h1');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.official-title').count()).toBe(0);
    expect(fetched.filter((path) => /language-|\/(fr|de)-[\w-]+\.js$/.test(path))).toEqual([]);

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'Deutsch' }).click();
    await page.locator('.official-title').waitFor();
    // Settings is open again, in German, with focus on the language just chosen.
    const german = page.getByRole('group', { name: 'Sprache' }).getByRole('radio', { name: 'Deutsch' });
    expect(await german.isChecked()).toBe(true);
    expect(await german.evaluate((radio) => radio === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.getByRole('button', { name: 'Einstellungen', exact: true }).count()).toBe(1);
    expect(fetched.some((path) => path.endsWith('/language-de.json'))).toBe(true);
    expect(fetched.some((path) => path.endsWith('/language-fr.json'))).toBe(false);

    await page.reload();
    await page.locator('.official-title').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');

    await page.getByRole('button', { name: 'Einstellungen', exact: true }).click();
    await page.getByRole('group', { name: 'Sprache' }).getByRole('radio', { name: 'Wie das System' }).click();
    await page.getByRole('button', { name: 'Settings', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.official-title').count()).toBe(0);
  });
});
