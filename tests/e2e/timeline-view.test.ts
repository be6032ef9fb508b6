import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

describe('timeline in Chromium', () => {
  const harness = harnessPerSuite();

  it('draws every instrument, filters by status, and opens an instrument from a mark with the keyboard', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/timeline`);
    const rows = page.getByRole('list', { name: 'Instruments on a time axis' }).getByRole('listitem');
    await rows.first().waitFor();
    const all = await rows.count();
    const instruments = await page.evaluate(
      async () =>
        ((await (await fetch('bundle/bundle.json')).json()) as { documents: { kind: string }[] }).documents.filter(
          (d) => d.kind === 'instrument',
        ).length,
    );
    expect(all).toBe(instruments);
    // Marks sit inside the track, in time order from left to right.
    const xs = await rows
      .first()
      .locator('svg a')
      .evaluateAll((marks) => marks.map((m) => m.getBoundingClientRect().x));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Repealed' });
    await expect.poll(() => rows.count()).toBeLessThan(all);
    const mark = rows.first().locator('svg a').first();
    const label = (await mark.getAttribute('aria-label')) ?? '';
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/doc\//);
    expect(await page.getByRole('main').textContent()).toContain(label.split(':')[0]);
  });

  for (const viewport of SCREEN_VIEWPORTS) {
    for (const theme of SCREEN_THEMES) {
      it(`shows the timeline tidily, every name in full and a legend matching the lines, at ${viewport.width}x${viewport.height} in the ${theme} theme`, async () => {
        const { page, origin } = harness;
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`${origin}/index.html#/timeline`);
        await page.locator('.timeline-row').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        // Every name is shown whole: as the bundle writes it, and no wider or taller than its box.
        const names = await page.evaluate(async () => {
          const bundle = (await (await fetch('bundle/bundle.json')).json()) as {
            documents: { id: string; kind: string; shortName: string }[];
          };
          const shortNames = new Map(bundle.documents.map((d) => [`#/doc/${d.id}`, d.shortName]));
          return [...document.querySelectorAll<HTMLElement>('.timeline-label')].map((label) => ({
            text: label.textContent,
            expected: shortNames.get(label.getAttribute('href') ?? ''),
            cut: label.scrollWidth > label.clientWidth || label.scrollHeight > label.clientHeight,
          }));
        });
        expect(names.length).toBeGreaterThan(40);
        expect(names.filter((n) => n.cut || n.text !== n.expected)).toEqual([]);
        expect(names.map((n) => n.text)).toContain('Schengen Convention (CISA), police cooperation');
        // Each line style in the legend is drawn exactly as the rows of that style are.
        const strokes = await page.evaluate(() => {
          const style = (line: Element | null) =>
            line
              ? [
                  getComputedStyle(line).stroke,
                  getComputedStyle(line).strokeDasharray,
                  getComputedStyle(line).strokeWidth,
                ].join(' ')
              : null;
          return [...document.querySelectorAll('.timeline-legend [class^="line-"]')].map((item) => ({
            legend: style(item.querySelector('line.lifetime')),
            rows: [
              ...new Set([...document.querySelectorAll(`.timeline-row.${item.className} line.lifetime`)].map(style)),
            ],
          }));
        });
        expect(strokes).toHaveLength(5);
        expect(new Set(strokes.map((s) => s.legend)).size).toBe(5);
        for (const { legend, rows } of strokes) expect(rows.every((row) => row === legend)).toBe(true);
        expect(strokes.filter((s) => s.rows.length > 0).length).toBeGreaterThanOrEqual(3);
        await page.screenshot({
          path: join(RESULTS_DIR, `timeline-${theme}-${viewport.width}x${viewport.height}.png`),
        });
      });
    }
  }

  for (const theme of [...SCREEN_THEMES, 'contrast'] as const) {
    it(`has no axe-core violations in the ${theme} theme`, async () => {
      const { page, origin } = harness;
      await page.setViewportSize(SCREEN_VIEWPORTS[0]);
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
      await page.goto(`${origin}/index.html`);
      await page.evaluate(
        (t) => localStorage.setItem('polcoop:theme', JSON.stringify(t === 'contrast' ? 'contrast' : 'system')),
        theme,
      );
      // A fresh load (not a hash change plus reload), so the stored theme applies from the first paint.
      await page.goto('about:blank');
      await page.goto(`${origin}/index.html#/timeline`);
      await page.locator('.timeline-row').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
