import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

const SWEDISH = 'swedish-framework-decision-2006-960';
// Three instruments a trainer might set side by side, by the start of their checkbox labels.
const API = /^API Regulation \(law enforcement\)/;
const PNR = /^EU PNR Directive/;
const PRUM = /^Prüm II Regulation/;
const THREE = [API, PNR, PRUM];
// Every wait is for what a person would see, with room for a machine busy running other suites.
const patiently = { timeout: 15_000 };

const picker = (page: Page) => page.locator('details.picker-details');
const pickerOpen = (page: Page) => picker(page).evaluate((details: HTMLDetailsElement) => details.open);
const summary = (page: Page) => picker(page).locator('summary').textContent();
const columns = (page: Page) =>
  page.getByRole('table', { name: 'Instruments side by side' }).getByRole('columnheader').count();

/** Ticks a box as a person would and waits until it shows ticked. */
async function tick(page: Page, name: RegExp) {
  const box = page.getByRole('checkbox', { name });
  await box.check();
  await expect.poll(() => box.isChecked(), patiently).toBe(true);
}

/** Opens the compare page with a fresh load (so a stored theme applies from the first paint) and waits for the picker. */
async function openCompare(page: Page, origin: string, hash = '#/compare') {
  await page.goto('about:blank');
  await page.goto(`${origin}/index.html${hash}`);
  await page.getByRole('heading', { level: 1, name: 'Compare instruments' }).waitFor();
}

describe('compare in Chromium', () => {
  const harness = harnessPerSuite();

  it('builds a comparison by ticking instruments with the picker open throughout, and keeps it in the URL', async () => {
    const { page, origin } = harness;
    await openCompare(page, origin);
    expect(await pickerOpen(page)).toBe(true);
    await expect.poll(() => summary(page), patiently).toBe('Instruments to compare: none chosen yet');
    const filter = page.getByRole('textbox', { name: 'Filter the list' });
    await filter.fill('PNR');
    await tick(page, PNR);
    await expect.poll(() => summary(page), patiently).toBe('Instruments to compare: 1 instrument chosen');
    await filter.fill('API');
    await tick(page, API);
    await filter.fill('Prüm');
    await tick(page, PRUM);
    await expect.poll(() => summary(page), patiently).toBe('Instruments to compare: 3 instruments chosen');
    expect(await pickerOpen(page)).toBe(true);
    await expect.poll(() => columns(page), patiently).toBe(3);
    await expect.poll(() => page.getByRole('rowheader', { name: 'CELEX' }).count(), patiently).toBe(1);
    await expect
      .poll(() => page.evaluate(() => location.hash), patiently)
      .toMatch(/^#\/compare\?ids=[^,]+,[^,]+,[^,]+$/);

    // Reloading takes the choice from the URL; a page opened on a ready comparison starts with the picker folded.
    await page.reload();
    await expect.poll(() => columns(page), patiently).toBe(3);
    expect(await pickerOpen(page)).toBe(false);
    await expect.poll(() => summary(page), patiently).toBe('Instruments to compare: 3 instruments chosen');

    // Back undoes the last tick, Forward brings it again; the boxes follow the URL.
    await page.goBack();
    await expect.poll(() => columns(page), patiently).toBe(2);
    await expect.poll(() => summary(page), patiently).toBe('Instruments to compare: 2 instruments chosen');
    await picker(page).locator('summary').click();
    await expect.poll(() => pickerOpen(page), patiently).toBe(true);
    await filter.fill('');
    await expect.poll(() => page.getByRole('checkbox', { name: PRUM }).isChecked(), patiently).toBe(false);
    await expect.poll(() => page.getByRole('checkbox', { name: PNR }).isChecked(), patiently).toBe(true);
    await page.goForward();
    await expect.poll(() => columns(page), patiently).toBe(3);
    await expect.poll(() => page.getByRole('checkbox', { name: PRUM }).isChecked(), patiently).toBe(true);
  });

  for (const viewport of SCREEN_VIEWPORTS) {
    for (const theme of SCREEN_THEMES) {
      it(`shows the open picker with three instruments ticked above their comparison at ${viewport.width}x${viewport.height} in the ${theme} theme`, async () => {
        const { page, origin } = harness;
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await openCompare(page, origin);
        for (const name of THREE) await tick(page, name);
        await expect.poll(() => summary(page), patiently).toBe('Instruments to compare: 3 instruments chosen');
        await expect.poll(() => columns(page), patiently).toBe(3);
        expect(await pickerOpen(page)).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await page.screenshot({
          path: join(RESULTS_DIR, `compare-picker-${theme}-${viewport.width}x${viewport.height}.png`),
        });
      });

      it(`shows four instruments side by side tidily at ${viewport.width}x${viewport.height} in the ${theme} theme`, async () => {
        const { page, origin } = harness;
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        const ids = await page.evaluate(async () => {
          const bundle = (await (await fetch('bundle/bundle.json')).json()) as {
            documents: { id: string; kind: string }[];
          };
          return bundle.documents.filter((d) => d.kind === 'instrument').map((d) => d.id);
        });
        const four = [SWEDISH, ...ids.filter((id) => /prum|pnr|europol-regulation/.test(id))]
          .filter((id) => ids.includes(id ?? ''))
          .slice(0, 4);
        await openCompare(page, origin, `#/compare?ids=${four.join(',')}`);
        await expect.poll(() => columns(page), patiently).toBe(4);
        await expect.poll(() => summary(page), patiently).toBe('Instruments to compare: 4 instruments chosen');
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await page.screenshot({ path: join(RESULTS_DIR, `compare-${theme}-${viewport.width}x${viewport.height}.png`) });
      });
    }
  }

  for (const theme of [...SCREEN_THEMES, 'contrast'] as const) {
    it(`has no axe-core violations with the picker and with a comparison in the ${theme} theme`, async () => {
      const { page, origin } = harness;
      await page.setViewportSize(SCREEN_VIEWPORTS[0]);
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
      await page.goto(`${origin}/index.html`);
      await page.evaluate(
        (t) => localStorage.setItem('polcoop:theme', JSON.stringify(t === 'contrast' ? 'contrast' : 'system')),
        theme,
      );
      await openCompare(page, origin);
      await page.getByRole('checkbox').first().waitFor();
      const found: Record<string, unknown> = {};
      const picking = await axeViolations(page);
      if (picking.length > 0) found.picker = picking;
      for (const name of THREE) await tick(page, name);
      await expect.poll(() => columns(page), patiently).toBe(3);
      const comparing = await axeViolations(page);
      if (comparing.length > 0) found.comparison = comparing;
      expect(found).toEqual({});
    });
  }
});
