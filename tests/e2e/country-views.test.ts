import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

// Every wait is for what a person would see, with room for a machine busy running other suites.
const patiently = { timeout: 15_000 };

const VIEWS = {
  map: { hash: '#/map', ready: '.country-map svg a' },
  compare: { hash: '#/compare-countries?ids=germany,denmark,poland', ready: '.country-compare-table' },
  profile: { hash: '#/doc/denmark', ready: '.country-profile table' },
  border: { hash: '#/border/germany/denmark', ready: '.border-direction table' },
} as const;

async function open(page: Page, origin: string, view: keyof typeof VIEWS): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${origin}/index.html${VIEWS[view].hash}`);
  await page.locator(VIEWS[view].ready).first().waitFor(patiently);
}

const focusedState = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-state') ?? null);

describe('country views in Chromium', () => {
  const harness = harnessPerSuite();

  it('draws the 32 states on the map as links, a click opens the profile, and arrow keys move between states', async () => {
    const { page, origin } = harness;
    await open(page, origin, 'map');
    const states = page.locator('.country-map svg a[href]');
    expect(await states.count()).toBe(32);
    for (const small of ['malta', 'liechtenstein', 'luxembourg']) {
      const mark = page.locator(`.country-map a[data-state="${small}"] circle`);
      const box = await mark.boundingBox();
      expect(box, small).not.toBeNull();
      expect(box?.width ?? 0, small).toBeGreaterThanOrEqual(8);
    }

    // One state is in the tab order; arrow keys move along the map.
    await page.locator('.country-map a[data-state="germany"]').focus();
    expect(await focusedState(page)).toBe('germany');
    await page.keyboard.press('ArrowUp');
    expect(await focusedState(page)).toBe('denmark');
    await page.keyboard.press('ArrowDown');
    expect(await focusedState(page)).toBe('germany');
    await page.keyboard.press('ArrowLeft');
    expect(['netherlands', 'belgium', 'luxembourg']).toContain(await focusedState(page));
    await page.locator('.country-map a[data-state="germany"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(['poland', 'czechia']).toContain(await focusedState(page));
    expect(await page.locator('.country-map svg a[tabindex="0"]').count()).toBe(1);

    // Enter on a state opens it, as does a click.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^#\/doc\/(poland|czechia)$/.test(location.hash), undefined, patiently);
    await open(page, origin, 'map');
    await page.locator('.country-map a[data-state="netherlands"] path').click();
    await page.getByRole('heading', { level: 1, name: 'Netherlands' }).waitFor(patiently);
    expect(await page.evaluate(() => location.hash)).toBe('#/doc/netherlands');

    // Colouring by another property keeps every state, and the table says the same as the map.
    await open(page, origin, 'map');
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('prum-dna');
    await page.waitForFunction(() => location.hash === '#/map?by=prum-dna', undefined, patiently);
    expect(await states.count()).toBe(32);
    const table = page.getByRole('table', { name: 'The same as a table' });
    expect(await table.locator('tbody tr').count()).toBe(32);
    const germanyLabel = await page.locator('.country-map a[data-state="germany"]').getAttribute('aria-label');
    expect(germanyLabel).toMatch(/^Germany: /);
    expect(await table.getByRole('row', { name: /^Germany/ }).textContent()).toContain(
      germanyLabel?.replace(/^Germany: /, '') ?? '?',
    );
  });

  it('shows a profile as grouped tables, each value with its source and date, not-published as such, and links to instruments', async () => {
    const { page, origin } = harness;
    await open(page, origin, 'profile');
    await page.getByRole('heading', { level: 1, name: 'Denmark' }).waitFor(patiently);
    for (const heading of [
      'Schengen and EU membership',
      'Prüm automated data exchange',
      'Passenger name records (PNR)',
      'National bodies',
      'Border with Germany',
    ]) {
      expect(
        await page.getByRole('heading', { name: new RegExp(`^${heading.replace(/[()]/g, '\\$&')}`) }).count(),
        heading,
      ).toBeGreaterThan(0);
    }
    const rows = page.locator('.country-profile .fact-row');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(16 + 8);
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      expect(await row.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const standing = await row.getAttribute('class');
      if (standing?.includes('fact-row-not-published'))
        expect(await row.locator('.fact-not-published').textContent()).toBe('Not published');
      else
        expect(
          await row.locator('.fact-sources a, .fact-sources li').count(),
          (await row.textContent()) ?? '',
        ).toBeGreaterThan(0);
    }
    expect(await page.locator('.fact-instruments a[href="#/doc/prum-decision-2008-615"]').count()).toBe(1);
    expect(await page.locator('a[href="#/border/denmark/germany"]').count()).toBe(1);
  });

  it('sets the two directions of the Germany-Denmark border side by side', async () => {
    const { page, origin } = harness;
    await open(page, origin, 'border');
    await page.getByRole('heading', { level: 1, name: 'Border: Germany and Denmark' }).waitFor(patiently);
    const directions = page.locator('.border-direction');
    expect(await directions.count()).toBe(2);
    expect(await directions.nth(0).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Officers of Germany in Denmark',
    );
    expect(await directions.nth(1).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Officers of Denmark in Germany',
    );
    const [left, right] = await Promise.all([0, 1].map((i) => directions.nth(i).boundingBox()));
    expect(left && right && Math.abs(left.y - right.y) < 2 && left.x < right.x).toBe(true);
    for (const i of [0, 1])
      expect(await directions.nth(i).getByRole('rowheader', { name: 'May stop and hold the person' }).count()).toBe(1);

    // The picker offers only the first state's neighbours.
    await page.getByRole('combobox', { name: 'First state' }).selectOption('denmark');
    const options = await page.getByRole('combobox', { name: 'Second state' }).locator('option').allTextContents();
    expect(options).toContain('Germany');
    expect(options).not.toContain('Italy');
  });

  it('compares countries side by side from a profile, and bookmarks a profile like any page', async () => {
    const { page, origin } = harness;
    await open(page, origin, 'profile');
    await page.getByRole('link', { name: 'Compare with other countries' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare countries' }).waitFor(patiently);
    await page.getByRole('checkbox', { name: 'Germany' }).check();
    await page.getByRole('checkbox', { name: 'Netherlands' }).check();
    await page.waitForFunction(
      () => location.hash === '#/compare-countries?ids=denmark,germany,netherlands',
      undefined,
      patiently,
    );
    const table = page.getByRole('table', { name: 'Countries side by side' });
    await table.waitFor(patiently);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Denmark', 'Germany', 'Netherlands']);
    expect(await table.getByRole('rowheader', { name: 'DNA profiles' }).count()).toBe(1);

    await open(page, origin, 'profile');
    await page.getByRole('button', { name: /Bookmark/ }).click();
    await page.waitForFunction(
      () => document.querySelector('.bookmark-star button')?.getAttribute('aria-pressed') === 'true',
      undefined,
      patiently,
    );
    await page.goto(`${origin}/index.html#/bookmarks`);
    await page.locator('.bookmarks-page').getByRole('link', { name: 'Denmark' }).first().waitFor(patiently);
  });

  it('puts the countries on the timeline, each mark opening the profile where the step is stated', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/timeline`);
    const rows = page.getByRole('list', { name: 'Countries' }).getByRole('listitem');
    await rows.first().waitFor(patiently);
    expect(await rows.count()).toBeGreaterThanOrEqual(27);
    await page.screenshot({ path: join(RESULTS_DIR, 'country-timeline-light-1280x800.png'), fullPage: true });
    const mark = page.getByRole('group', { name: 'Denmark' }).getByRole('link').first();
    expect(await mark.getAttribute('aria-label')).toBe('Denmark: EU accession, 1 January 1973');
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash), patiently).toBe('#/doc/denmark/membership');
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const theme of SCREEN_THEMES) {
    it(`has no axe-core violations on the map, a profile and a border in the ${theme} scheme`, async () => {
      const { page, origin } = harness;
      await page.emulateMedia({ colorScheme: theme });
      const found: Record<string, unknown> = {};
      for (const view of Object.keys(VIEWS) as (keyof typeof VIEWS)[]) {
        await open(page, origin, view);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[view] = violations;
      }
      expect(found).toEqual({});
    });
  }
});

for (const viewport of SCREEN_VIEWPORTS) {
  describe(`country views at ${viewport.width}x${viewport.height}`, () => {
    const harness = harnessPerSuite({ viewport });
    for (const theme of SCREEN_THEMES) {
      it(`shows the map, a profile and a border tidily in the ${theme} scheme`, async () => {
        const { page, origin } = harness;
        await page.emulateMedia({ colorScheme: theme });
        for (const view of Object.keys(VIEWS) as (keyof typeof VIEWS)[]) {
          await open(page, origin, view);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), view).toBe(true);
          await page.screenshot({
            path: join(RESULTS_DIR, `country-${view}-${theme}-${viewport.width}x${viewport.height}.png`),
          });
        }
      });
    }
  });
}
