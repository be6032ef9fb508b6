import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePolicies } from '../../electron/policies/effective-policy';
import { userPolicyValues } from '../../electron/policies/load-policies';
import { fileSystemAccess, readPolicySources } from '../../electron/policies/policy-sources';
import { policyReport } from '../../electron/policies/policy-report';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'policies');

/** The Linux fixture folder and the one beside the resources, read and merged by the shell's own code: some applied, some refused. */
const sources = await readPolicySources({
  platform: 'linux',
  resourcesDir: join(FIXTURES, 'resources'),
  appId: 'eu.polcoop.reference',
  env: { POLCOOP_POLICY_DIR: join(FIXTURES, 'linux') },
  ...fileSystemAccess,
  regQuery: async () => null,
});
const report = policyReport(resolvePolicies(sources, { source: 'settings.json', values: userPolicyValues({}) }));

for (const viewport of SCREEN_VIEWPORTS) {
  describe(`About › Policies at ${viewport.width}x${viewport.height}`, () => {
    const harness = harnessPerSuite({ viewport, policies: report });

    for (const theme of SCREEN_THEMES) {
      it(`lists the policies in force and the refused values, under the banner (${theme})`, async () => {
        const { page, origin } = harness;
        await page.emulateMedia({ colorScheme: theme, media: 'screen' });
        // The fixtures lock the language (LockLanguage) on French (a default Language): the page honours the lock over
        // the reader's own stored choice of English.
        await page.goto(`${origin}/index.html#/about`);
        await page.evaluate(() => localStorage.setItem('polcoop:language', JSON.stringify('en')));
        await page.reload();
        const applied = page.getByRole('table', { name: 'Stratégies en vigueur, définies par votre administrateur' });
        await applied.waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
        expect(await page.locator('.about-policies').textContent()).toContain(
          'La langue de l’interface est fixée par votre administrateur.',
        );
        const banner = page.getByRole('complementary', { name: 'Mention de traitement de votre organisation' });
        expect(await banner.textContent()).toBe('RESTRICTED – Regional Police IT');
        const appliedText = (await applied.textContent()) ?? '';
        expect(appliedText).toContain('TrustBuiltInPackKeys');
        expect(appliedText).toContain('policies.d/10-keys.json');
        expect(appliedText).toContain('DisableBookmarkExport');
        expect(appliedText).toContain('Par défaut (vous pouvez la modifier)');
        const refused =
          (await page.getByRole('table', { name: 'Valeurs refusées (le reste s’applique)' }).textContent()) ?? '';
        expect(refused).toContain('not valid JSON: line 3');
        expect(refused).toContain('wrong type: Invalid input: expected boolean, received string');
        expect(refused).toContain('Invalid option');
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({
          path: join(RESULTS_DIR, `policies-about-${theme}-${viewport.width}x${viewport.height}.png`),
          fullPage: true,
        });
      });
    }

    if (viewport.width === 1280) {
      it('honours the policies in the page: bookmark export hidden, no Print in the palette, the banner on paper', async () => {
        const { page, origin } = harness;
        await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
        await page.goto(`${origin}/index.html#/bookmarks`);
        await page.getByText('L’exportation des favoris est désactivée par votre organisation.').waitFor();
        expect(await page.getByRole('button', { name: /export/i }).count()).toBe(0);
        await page.goto(`${origin}/index.html#/doc/europol`);
        await page.locator('main h1').first().waitFor();
        await page.emulateMedia({ media: 'print' });
        const printed = await page.evaluate(() => {
          const banner = document.querySelector('.policy-banner');
          return banner
            ? { position: getComputedStyle(banner).position, display: getComputedStyle(banner).display }
            : null;
        });
        expect(printed).toEqual({ position: 'fixed', display: 'block' });
        await page.screenshot({
          path: join(RESULTS_DIR, `policies-banner-print-${viewport.width}x${viewport.height}.png`),
        });
        await page.emulateMedia({ media: 'screen' });
        await page.screenshot({ path: join(RESULTS_DIR, `policies-banner-${viewport.width}x${viewport.height}.png`) });
      });
    }
  });
}
