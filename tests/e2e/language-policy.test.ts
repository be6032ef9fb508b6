import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PolicyReport } from '../../common/contract/policy-report-schema';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

/** A report as the shell gives it for a Language policy, set by a file beside the app. */
function languageReport(language: 'fr' | 'de', locked: boolean): PolicyReport {
  const source = '/opt/polcoop/resources/policies.json';
  return {
    values: locked ? { Language: language, LockLanguage: true } : { Language: language },
    languageLocked: locked,
    applied: [
      {
        name: 'Language',
        level: locked ? 'enforced' : 'default',
        value: language,
        source,
        field: 'Language',
        inEffect: true,
      },
      ...(locked
        ? [
            {
              name: 'LockLanguage' as const,
              level: 'enforced' as const,
              value: true,
              source,
              field: 'LockLanguage',
              inEffect: true,
            },
          ]
        : []),
    ],
    refused: [],
  };
}

for (const viewport of SCREEN_VIEWPORTS) {
  describe(`A locked Language at ${viewport.width}x${viewport.height}`, () => {
    const harness = harnessPerSuite({ viewport, locale: 'de-DE', policies: languageReport('fr', true) });

    for (const theme of SCREEN_THEMES) {
      it(`opens in the organisation's French over a stored German choice, and Settings cannot change it (${theme})`, async () => {
        const { page, origin } = harness;
        await page.emulateMedia({ colorScheme: theme, media: 'screen' });
        await page.goto(`${origin}/index.html#/`);
        await page.evaluate(() => localStorage.setItem('polcoop:language', JSON.stringify('de')));
        await page.reload();
        await page.locator('main h1').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
        await page.getByRole('button', { name: 'Paramètres' }).click();
        const group = page.getByRole('group', { name: 'Langue' });
        expect(await group.textContent()).toContain('Choisie par votre organisation\u00a0: Français');
        expect(await group.getByRole('radio').count()).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({
          path: join(RESULTS_DIR, `language-locked-settings-${theme}-${viewport.width}x${viewport.height}.png`),
        });
      });
    }
  });
}

describe('A default Language', () => {
  const harness = harnessPerSuite({ locale: 'en-GB', policies: languageReport('de', false) });

  it('opens in the organisation default over the system language, and the reader may choose another that sticks', async () => {
    const { page, origin } = harness;
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
    await page.goto(`${origin}/index.html#/`);
    await page.locator('main h1').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.getByRole('button', { name: 'Einstellungen' }).click();
    const byDefault = page.getByRole('radio', { name: 'Vorgabe Ihrer Organisation (Deutsch)' });
    expect(await byDefault.isChecked()).toBe(true);
    await page.screenshot({ path: join(RESULTS_DIR, 'language-default-settings-light-1280x800.png') });
    await page.getByRole('radio', { name: 'English' }).check();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.reload();
    await page.locator('main h1').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
