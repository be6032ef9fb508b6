import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

describe('search in Chromium', () => {
  const harness = harnessPerSuite();

  it('suggests results as you type, opens the one picked with arrows and Enter at its heading, and makes no foreign request', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/`);
    await page.locator('main h1').first().waitFor();
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search the reference' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('prum dna', { delay: 30 });
    await page.getByRole('option').first().waitFor();
    expect(await page.locator('.suggestion mark').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    const chosen = (await page.getByRole('option', { selected: true }).locator('.suggestion-name').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/(doc|term)\//);
    expect(chosen).not.toBe('');
    await expect.poll(() => page.getByRole('main').textContent()).toContain(chosen);
    expect(harness.foreignRequests).toEqual([]);
  });

  it('filters the results page by a facet and opens the command palette with Ctrl+K', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/search?q=information%20exchange`);
    const status = page.getByRole('main').getByRole('status').first();
    await expect.poll(() => status.textContent()).toMatch(/\d+ results? for/);
    const before = Number((await status.textContent())?.match(/\d+/)?.[0]);
    await page
      .getByRole('navigation', { name: 'Filter results' })
      .getByRole('region', { name: 'Kind' })
      .getByRole('link', { name: 'Instrument' })
      .click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('kind=instrument');
    await expect.poll(async () => Number((await status.textContent())?.match(/\d+/)?.[0])).toBeLessThan(before);
    expect(await page.locator('.search-results .result-meta').allTextContents()).toSatisfy((metas: string[]) =>
      metas.every((m) => m.startsWith('Instrument')),
    );
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Go to a page, term or command' }).waitFor();
    await page.keyboard.type('europol');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/doc/europol');
  });

  it('names topics and facet values in words, never by their ids, from an instrument to the results it filters', async () => {
    const { page, origin } = harness;
    await page.setViewportSize(SCREEN_VIEWPORTS[0]);
    await page.goto('about:blank');
    await page.goto(`${origin}/index.html#/doc/sis-police-regulation-2018-1862`);
    const topics = page.getByRole('region', { name: 'Identifiers and dates' }).locator('.topics a');
    await topics.first().waitFor();
    const bundle = await page.evaluate(
      async () => (await (await fetch('bundle/bundle.json')).json()) as { topics: { id: string; title: string }[] },
    );
    const titles = new Map(bundle.topics.map((t) => [t.id, t.title]));
    const ids = new Set(titles.keys());
    const shown = await topics.allTextContents();
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.every((text) => [...titles.values()].includes(text) && !ids.has(text))).toBe(true);
    // Exact: the Regulation's official title, linked as its source, also contains these words.
    await page.getByRole('link', { name: 'Schengen Information System (SIS)', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/search?q=&topic=sis');
    await page.getByRole('link', { name: 'Remove filter Topic: Schengen Information System (SIS)' }).waitFor();
    const facets = page.getByRole('navigation', { name: 'Filter results' });
    for (const more of await facets.getByRole('button', { name: /more$/ }).all()) await more.click();
    const labels = await facets.locator('.facet a').allTextContents();
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.filter((label) => ids.has(label) || /^[a-z]+(-[a-z]+)*$/.test(label))).toEqual([]);
    const topicLabels = await facets.getByRole('region', { name: 'Topic' }).locator('a').allTextContents();
    expect(topicLabels.every((label) => [...titles.values()].includes(label))).toBe(true);
    for (const [theme, viewport] of SCREEN_THEMES.flatMap((t) => SCREEN_VIEWPORTS.map((v) => [t, v] as const))) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme });
      await page.screenshot({
        path: join(RESULTS_DIR, `search-topic-facets-${theme}-${viewport.width}x${viewport.height}.png`),
      });
    }
  });

  for (const viewport of SCREEN_VIEWPORTS) {
    for (const theme of SCREEN_THEMES) {
      it(`shows suggestions and the results page tidily at ${viewport.width}x${viewport.height} in the ${theme} theme`, async () => {
        const { page, origin } = harness;
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        // A fresh document: a hash change alone would keep the previous test's open suggestions.
        await page.goto('about:blank');
        await page.goto(`${origin}/index.html#/search?q=time%20limits`);
        await page.locator('.search-results .result').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await page.screenshot({
          path: join(RESULTS_DIR, `search-results-${theme}-${viewport.width}x${viewport.height}.png`),
        });
        const box = page.getByRole('combobox', { name: 'Search the reference' });
        await box.fill('');
        await box.pressSequentially('europol ac', { delay: 20 });
        await page.getByRole('option').first().waitFor();
        await page.keyboard.press('ArrowDown');
        await page.screenshot({
          path: join(RESULTS_DIR, `search-suggestions-${theme}-${viewport.width}x${viewport.height}.png`),
        });
      });
    }
  }

  for (const theme of [...SCREEN_THEMES, 'contrast'] as const) {
    it(`has no axe-core violations on results, suggestions and palette in the ${theme} theme`, async () => {
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
      await page.goto(`${origin}/index.html#/search?q=passenger&kind=instrument`);
      await page.locator('.search-results .result').first().waitFor();
      const found: Record<string, unknown> = {};
      const results = await axeViolations(page);
      if (results.length > 0) found.results = results;
      await page.getByRole('combobox', { name: 'Search the reference' }).fill('schengen');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      const suggestions = await axeViolations(page);
      if (suggestions.length > 0) found.suggestions = suggestions;
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      await page.keyboard.type('sis');
      await page.getByRole('dialog').waitFor();
      const palette = await axeViolations(page);
      if (palette.length > 0) found.palette = palette;
      if (theme !== 'dark') await page.screenshot({ path: join(RESULTS_DIR, `search-palette-${theme}-1280x800.png`) });
      expect(found).toEqual({});
    });
  }
});
