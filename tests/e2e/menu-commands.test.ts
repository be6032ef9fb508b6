import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startServe } from '../build/web-edition/serve-child';
import { axeViolations } from './axe';
import { CHROMIUM_PATH, harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

// The machine is shared: give the page time to load and the store time to answer.
const patiently = { timeout: 15_000 };
const DOC = 'swedish-framework-decision-2006-960';

const searchField = (page: Page) => page.getByRole('combobox', { name: 'Search the reference' });
const star = (page: Page) => page.getByRole('button', { name: 'Bookmark', exact: true });

/** For each key press of a shortcut (modifiers alone and Escape aside): whether it left the window's listeners marked handled. */
async function watchHandledKeys(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { handledKeys: string[] }).handledKeys = seen;
    window.addEventListener('keydown', (event) => {
      if (!['Control', 'Shift', 'Alt', 'Meta', 'Escape'].includes(event.key))
        seen.push(`${event.key}:${event.defaultPrevented ? 'handled' : 'not handled'}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { handledKeys: string[] }).handledKeys);
}

async function openDocument(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/index.html#/doc/${DOC}`);
  await expect.poll(() => star(page).isEnabled(), patiently).toBe(true);
}

describe('the menu commands in Chromium', () => {
  const harness = harnessPerSuite();

  it('answers the keys in the page: Ctrl+F focuses and selects the search box, Ctrl+Shift+O opens the bookmarks, Ctrl+D bookmarks the page, each once', async () => {
    const { page, origin } = harness;
    await openDocument(page, origin);
    await searchField(page).fill('prüm');
    // Reading, not typing: focus moves to the reading pane (the suggestions close as the field loses it).
    await page.locator('main').focus();
    const handled = await watchHandledKeys(page);

    await page.keyboard.press('Control+f');
    await expect.poll(() => searchField(page).evaluate((input) => input === document.activeElement)).toBe(true);
    expect(
      await searchField(page).evaluate((input: HTMLInputElement) => [
        input.value,
        input.selectionStart,
        input.selectionEnd,
      ]),
    ).toEqual(['prüm', 0, 'prüm'.length]);
    await page.keyboard.press('Escape');

    await page.locator('main').focus();
    await page.keyboard.press('Control+d');
    await expect.poll(() => star(page).getAttribute('aria-pressed'), patiently).toBe('true');
    expect(await page.locator('.bookmark-star [role="status"]').textContent()).toBe('Bookmarked');

    await page.keyboard.press('Control+Shift+O');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/bookmarks');
    await expect.poll(() => page.locator('.bookmark-list > li').count(), patiently).toBe(1);
    // Each key was marked handled, so in Electron the menu accelerator does not run the command a second time.
    expect(await handled()).toEqual(['f:handled', 'd:handled', 'O:handled']);
  });

  it('carries out shell:command events from the shell: bookmark this page, find, show bookmarks', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/term/single-point-of-contact`);
    await expect.poll(() => star(page).isEnabled(), patiently).toBe(true);
    await harness.sendEvent('shell:command', { command: 'bookmark-this' });
    await expect.poll(() => star(page).getAttribute('aria-pressed'), patiently).toBe('true');
    expect(await page.locator('.bookmark-star [role="status"]').textContent()).toBe('Bookmarked');

    await harness.sendEvent('shell:command', { command: 'focus-search' });
    await expect.poll(() => searchField(page).evaluate((input) => input === document.activeElement)).toBe(true);

    await harness.sendEvent('shell:command', { command: 'show-bookmarks' });
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/bookmarks');
    await expect
      .poll(() => page.locator('.bookmark-list > li a').allTextContents(), patiently)
      .toContainEqual(expect.stringMatching(/single point of contact/i));
  });

  it('refuses an event the contract does not describe, before it reaches the page', async () => {
    const { page, origin } = harness;
    await openDocument(page, origin);
    await expect(harness.sendEvent('shell:command', { command: 'delete-everything' } as never)).rejects.toThrow();
    expect(await page.evaluate(() => location.hash)).toBe(`#/doc/${DOC}`);
  });

  for (const viewport of SCREEN_VIEWPORTS) {
    for (const theme of SCREEN_THEMES) {
      it(`shows the page bookmarked from the menu at ${viewport.width}x${viewport.height}, ${theme}, without axe-core violations`, async () => {
        const { page, origin } = harness;
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await openDocument(page, origin);
        if ((await star(page).getAttribute('aria-pressed')) !== 'true')
          await harness.sendEvent('shell:command', { command: 'bookmark-this' });
        await expect.poll(() => star(page).getAttribute('aria-pressed'), patiently).toBe('true');
        await harness.sendEvent('shell:command', { command: 'focus-search' });
        await page.screenshot({
          path: join(RESULTS_DIR, `menu-commands-${viewport.width}x${viewport.height}-${theme}.png`),
        });
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

describe('the menu commands in the web edition (no shell, no menu)', () => {
  it('answers the same keys', async () => {
    const server = await startServe(['--port', '0'], process.cwd());
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}#/doc/${DOC}`);
      expect(await page.evaluate(() => 'polcoop' in window || 'polcoopEvents' in window)).toBe(false);
      await expect.poll(() => star(page).isEnabled(), patiently).toBe(true);
      await page.keyboard.press('Control+d');
      await expect.poll(() => star(page).getAttribute('aria-pressed'), patiently).toBe('true');
      await page.keyboard.press('Control+f');
      await expect.poll(() => searchField(page).evaluate((input) => input === document.activeElement)).toBe(true);
      await page.keyboard.press('Control+Shift+O');
      await expect.poll(() => page.locator('.bookmark-list > li').count(), patiently).toBe(1);
    } finally {
      await browser.close();
      await server.stop('SIGINT');
    }
  });
});
