import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

const IDS = ['info-exchange-directive-2023-977', 'prum-decision-2008-615', 'swedish-framework-decision-2006-960'];

describe('composing a briefing pack, in Chromium', () => {
  const harness = harnessPerSuite();

  it('builds a pack from a bookmark folder, reorders it from the keyboard, and opens its print view', async () => {
    const { page, origin } = harness;
    await page.goto('about:blank');
    await page.goto(`${origin}/index.html#/`);
    await page.getByRole('navigation', { name: 'Contents' }).or(page.locator('.sidebar')).first().waitFor();
    await page.evaluate(async (ids) => {
      const api = (
        window as unknown as {
          polcoop: { bookmarks: Record<string, (input: unknown) => Promise<{ ok: boolean; value: { id: string } }>> };
        }
      ).polcoop.bookmarks;
      const folder = await api.addFolder?.({ name: 'Operation Nordlicht' });
      for (const id of ids)
        await api.add?.({ target: { documentId: id, kind: 'instrument' }, title: id, folderId: folder?.value.id });
    }, IDS);
    await page.goto('about:blank');
    await page.goto(`${origin}/index.html#/briefing-pack`);
    await page.getByRole('heading', { name: 'Briefing pack', level: 1 }).waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Test pack');
    await page.getByLabel('Subtitle (optional)').fill('Cross-border information exchange');
    await page.getByLabel('Bookmark folder').selectOption({ label: 'Operation Nordlicht' });
    await page.getByRole('button', { name: 'Add its pages' }).click();
    const items = page.locator('.composer-items > li .composer-item-title');
    await expect.poll(() => items.count()).toBe(3);
    const before = await items.allTextContents();

    // Alt+Down on the first page moves it below the second, and the focus stays with it.
    await page.locator('.composer-items > li').first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    const after = await items.allTextContents();
    expect(after).toEqual([before[1], before[0], before[2]]);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(before[0]);
    expect(await page.getByRole('status').filter({ hasText: 'now 2 of 3' }).count()).toBe(1);
    // And the button does the same for a pointer or a screen reader.
    await page.getByRole('button', { name: `Move up: ${before[0]}` }).click();
    expect(await items.allTextContents()).toEqual(before);

    for (const viewport of SCREEN_VIEWPORTS) {
      for (const theme of SCREEN_THEMES) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await page.screenshot({
          path: join(RESULTS_DIR, `briefing-composer-${theme}-${viewport.width}x${viewport.height}.png`),
        });
      }
    }
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Open the print view' }).click();
    await page.locator('main.briefing[data-briefing-ready]').waitFor();
    const cover = page.getByRole('region', { name: 'Cover' });
    expect(await cover.textContent()).toContain('Test pack');
    expect(await cover.textContent()).toContain('Cross-border information exchange');
    const contents = await page.locator('.briefing-contents .contents-title').allTextContents();
    expect(contents.slice(0, 3)).toEqual(before);
    // A contents link scrolls to its item without leaving the print view.
    await page.locator('.briefing-contents a').nth(2).click();
    expect(page.url()).toContain('#/briefing?');
    for (const viewport of SCREEN_VIEWPORTS) {
      for (const theme of SCREEN_THEMES) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({
          path: join(RESULTS_DIR, `briefing-print-view-${theme}-${viewport.width}x${viewport.height}.png`),
        });
      }
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('adds a page from its own page, and removes one', async () => {
    const { page, origin } = harness;
    await page.goto('about:blank');
    await page.goto(`${origin}/index.html#/doc/europol`);
    await page.getByRole('button', { name: 'Add to briefing pack' }).click();
    await page.getByRole('button', { name: 'In the briefing pack' }).waitFor();
    await page.getByRole('link', { name: 'Open the briefing pack' }).click();
    const items = page.locator('.composer-items > li .composer-item-title');
    await expect.poll(() => items.count()).toBe(4);
    const last = (await items.allTextContents()).at(-1) ?? '';
    await page.getByRole('button', { name: `Remove: ${last}` }).click();
    await expect.poll(() => items.count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
  });
});
