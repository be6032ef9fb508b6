import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

const SWEDISH = 'swedish-framework-decision-2006-960';

describe('compare in Chromium', () => {
  const harness = harnessPerSuite();

  it('builds a comparison by ticking instruments and keeps it in the URL', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/compare`);
    await page.getByRole('heading', { level: 1, name: 'Compare instruments' }).waitFor();
    await page.getByRole('textbox', { name: 'Filter the list' }).fill('PNR');
    await page.getByRole('checkbox').first().check();
    await page.getByRole('textbox', { name: 'Filter the list' }).fill('API');
    await page.getByRole('checkbox', { checked: false }).first().check();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/compare\?ids=[^,]+,[^,]+$/);
    const table = page.getByRole('table', { name: 'Instruments side by side' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').count()).toBe(2);
    expect(await table.getByRole('rowheader', { name: 'CELEX' }).count()).toBe(1);
    await page.reload();
    await table.waitFor();
    expect(await table.getByRole('columnheader').count()).toBe(2);
  });

  for (const viewport of SCREEN_VIEWPORTS) {
    for (const theme of SCREEN_THEMES) {
      it(`shows four instruments side by side tidily at ${viewport.width}x${viewport.height} in the ${theme} theme`, async () => {
        const { page, origin } = harness;
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        const ids = await page.evaluate(async () => {
          const bundle = (await (await fetch('bundle/bundle.json')).json()) as { documents: { id: string; kind: string }[] };
          return bundle.documents.filter((d) => d.kind === 'instrument').map((d) => d.id);
        });
        const four = [SWEDISH, ...ids.filter((id) => /prum|pnr|europol-regulation/.test(id))].filter((id) => ids.includes(id ?? '')).slice(0, 4);
        await page.goto(`${origin}/index.html#/compare?ids=${four.join(',')}`);
        await page.getByRole('table').waitFor();
        expect(await page.getByRole('columnheader').count()).toBe(4);
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
      await page.evaluate((t) => localStorage.setItem('polcoop:theme', JSON.stringify(t === 'contrast' ? 'contrast' : 'system')), theme);
      const found: Record<string, unknown> = {};
      // A fresh load (not a hash change plus reload), so the stored theme applies from the first paint.
      await page.goto('about:blank');
      await page.goto(`${origin}/index.html#/compare`);
      await page.getByRole('checkbox').first().waitFor();
      const picker = await axeViolations(page);
      if (picker.length > 0) found.picker = picker;
      await page.getByRole('checkbox').nth(0).check();
      await page.getByRole('checkbox').nth(1).check();
      await page.getByRole('table').waitFor();
      const table = await axeViolations(page);
      if (table.length > 0) found.table = table;
      expect(found).toEqual({});
    });
  }
});
