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
        await page.goto(`${origin}/index.html#/about`);
        const applied = page.getByRole('table', { name: 'Policies in force, set by your administrator' });
        await applied.waitFor();
        const banner = page.getByRole('complementary', { name: 'Handling notice from your organisation' });
        expect(await banner.textContent()).toBe('RESTRICTED – Regional Police IT');
        const appliedText = (await applied.textContent()) ?? '';
        expect(appliedText).toContain('TrustBuiltInPackKeys');
        expect(appliedText).toContain('policies.d/10-keys.json');
        expect(appliedText).toContain('DisableBookmarkExport');
        expect(appliedText).toContain('Default (you may change it)');
        const refused =
          (await page.getByRole('table', { name: 'Values refused (the rest still applies)' }).textContent()) ?? '';
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
        await page.getByText('Exporting bookmarks is switched off by your organisation.').waitFor();
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
