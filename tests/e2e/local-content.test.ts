import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PolicyReport } from '../../common/contract/policy-report-schema';
import { buildContent } from '../../build/compiler/compile';
import { packBundle } from '../../build/packs/make-pack';
import { readBundleManifest } from '../../electron/bundle-verification';
import { DEFAULT_ZIP_LIMITS } from '../../electron/content-packs/zip-limits';
import { setupLocalContent } from '../../electron/local-content/setup-local-content';
import { testKey } from '../electron/content-packs/pack-fixture';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

// A LocalContentDirectory as an administrator fills it: the organisation's pack signed with the key the policy trusts,
// the same pack signed with another key, and one that tries to take an official document's id. The shell's own code
// verifies them, and the harness serves what it kept under /local/, as the shell does.
const work = mkdtempSync(join(tmpdir(), 'polcoop-local-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const organisation = testKey('Regional Police Directorate');
const stranger = testKey('unknown');
const share = join(work, 'share');
mkdirSync(share);
const compiled = join(work, 'compiled');
buildContent(join(process.cwd(), 'tests', 'fixtures', 'local-content'), compiled);
writeFileSync(join(share, 'contacts.polcoop'), packBundle(compiled, organisation.privateKeyPem, '0.0.0'));
writeFileSync(join(share, 'contacts-unknown-key.polcoop'), packBundle(compiled, stranger.privateKeyPem, '0.0.0'));
const shadow = join(work, 'shadow');
const shadowBundle = join(work, 'shadow-content');
mkdirSync(join(shadowBundle, 'pages'), { recursive: true });
writeFileSync(
  join(shadowBundle, 'bundle.yaml'),
  'id: local-shadow\ntitle: Someone else\nlanguage: en\nversion: 1.0.0\ncontent_date: 2026-12-01\n',
);
writeFileSync(join(shadowBundle, 'glossary.yaml'), '[]\n');
writeFileSync(join(shadowBundle, 'topics.yaml'), '[]\n');
writeFileSync(
  join(shadowBundle, 'pages', 'europol.md'),
  '---\nid: europol\ntitle: Europol (changed)\nsummary: An attempt to replace an official page.\nchecked: 2026-12-01\nsources: [{ title: "None", url: "https://example.org/" }]\n---\nNot official.\n',
);
buildContent(shadowBundle, shadow);
writeFileSync(join(share, 'shadow.polcoop'), packBundle(shadow, organisation.privateKeyPem, '0.0.0'));

const official = await readBundleManifest(join(process.cwd(), 'dist', 'bundle'));
if (!official.ok) throw new Error('dist/bundle is not built');
const userData = join(work, 'user-data');
const local = await setupLocalContent(
  { values: { LocalContentDirectory: share, TrustedPackKeys: [organisation.id] }, trustedKeys: [organisation.trusted] },
  { dir: join(process.cwd(), 'dist', 'bundle'), manifest: official.info, source: 'built-in' },
  userData,
  DEFAULT_ZIP_LIMITS,
);
const source = '/etc/polcoop/policies.json';
const report: PolicyReport = {
  values: { LocalContentDirectory: share, TrustedPackKeys: [organisation.id] },
  languageLocked: false,
  applied: [
    {
      name: 'TrustedPackKeys',
      level: 'enforced',
      value: [organisation.id],
      source,
      field: 'TrustedPackKeys',
      inEffect: true,
    },
    {
      name: 'LocalContentDirectory',
      level: 'enforced',
      value: share,
      source,
      field: 'LocalContentDirectory',
      inEffect: true,
    },
  ],
  refused: [
    { source, field: 'DisablePackImport', reason: 'wrong type: Invalid input: expected boolean, received string' },
    ...local.refused,
  ],
};

describe('local content beside the official reference', () => {
  it('kept the organisation’s pack and refused the untrusted and the shadowing ones', () => {
    expect(local.served).toEqual(['Regional Police Directorate (local-regional-police 1.0.0, 1 documents)']);
    expect(local.refused.map((refused) => refused.reason)).toEqual([
      expect.stringContaining('local content must be signed by a key in TrustedPackKeys') as string,
      expect.stringContaining('"europol" have the ids of official documents') as string,
    ]);
  });
});

for (const viewport of SCREEN_VIEWPORTS) {
  describe(`Local content at ${viewport.width}x${viewport.height}`, () => {
    const harness = harnessPerSuite({ viewport, locale: 'en-GB', policies: report, localDir: local.dir ?? undefined });

    for (const theme of SCREEN_THEMES) {
      it(`shows a local document with its badge, finds it in search, and About › Policies lists the refusals (${theme})`, async () => {
        const { page, origin } = harness;
        await page.emulateMedia({ colorScheme: theme, media: 'screen' });
        await page.goto(`${origin}/index.html#/doc/national-spoc-procedure`);
        await page.locator('main h1').first().waitFor();
        expect(await page.locator('main h1').first().textContent()).toBe('Sending a request through our national SPOC');
        expect(await page.locator('.local-content-notice').textContent()).toBe(
          'Local content: Regional Police Directorate Your organisation’s own document, not part of the official reference.',
        );
        expect(await axeViolations(page)).toEqual([]);
        const size = `${theme}-${viewport.width}x${viewport.height}`;
        await page.screenshot({ path: join(RESULTS_DIR, `local-content-document-${size}.png`) });

        await page.goto(`${origin}/index.html#/search?q=duty%20desk%20directorate`);
        const result = page.locator('.search-results .result', {
          hasText: 'Sending a request through our national SPOC',
        });
        await result.waitFor();
        expect(await result.locator('.local-content-badge').textContent()).toBe(
          'Local content: Regional Police Directorate',
        );
        await page.goto(`${origin}/index.html#/search?q=Europol`);
        await page.locator('.search-results .result').first().waitFor();
        expect(await page.locator('.search-results').textContent()).not.toContain('Europol (changed)');
        await page.goto(`${origin}/index.html#/doc/europol`);
        await page.locator('main h1').first().waitFor();
        expect(await page.locator('.local-content-notice').count()).toBe(0);

        await page.goto(`${origin}/index.html#/about`);
        const refused = page.getByRole('table', { name: 'Values refused (the rest still applies)' });
        await refused.waitFor();
        const refusedText = (await refused.textContent()) ?? '';
        expect(refusedText).toContain('LocalContentDirectory');
        expect(refusedText).toContain('local content cannot replace or change the official reference');
        expect(refusedText).toContain('local content must be signed by a key in TrustedPackKeys');
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: join(RESULTS_DIR, `local-content-about-policies-${size}.png`), fullPage: true });
      });
    }

    if (viewport.width === 1280)
      it('bookmarks a local document, listed with its badge', async () => {
        const { page, origin } = harness;
        await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
        await page.goto(`${origin}/index.html#/doc/national-spoc-procedure`);
        await page
          .getByRole('button', { name: /Bookmark/ })
          .first()
          .click();
        await page.getByText('Bookmarked').first().waitFor();
        await page.goto(`${origin}/index.html#/bookmarks`);
        const row = page.locator('.bookmark-row', { hasText: 'Sending a request through our national SPOC' });
        await row.waitFor();
        expect(await row.locator('.local-content-badge').textContent()).toBe(
          'Local content: Regional Police Directorate',
        );
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: join(RESULTS_DIR, 'local-content-bookmarks-light-1280x800.png') });
      });
  });
}
