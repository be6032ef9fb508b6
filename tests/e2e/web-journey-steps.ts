import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The home page of the reader has rendered from the bundle, with no preload API (a browser, not the shell). */
export async function expectHomeRendered(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('h1').first().textContent(), { timeout: 30_000 })
    .toBe('EU Police Cooperation Reference');
  expect(await page.locator('main a').count()).toBeGreaterThan(3);
  expect(await page.evaluate(() => 'polcoop' in window)).toBe(false);
}

/** Searches for the Swedish Initiative by words of its text and opens the result: the search worker and the bundle both work. */
export async function searchAndOpenSwedishInitiative(page: Page, screenshot?: string): Promise<void> {
  await page.getByLabel('Search the reference').fill('Swedish Initiative');
  await page.keyboard.press('Enter');
  // By document id, which is stable by design, rather than by the label the results list chooses to show.
  const result = page.locator('.results a[href^="#/doc/swedish-framework-decision-2006-960"]').first();
  await expect.poll(() => result.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  if (screenshot !== undefined) await page.screenshot({ path: screenshot });
  await result.click();
  await expect.poll(() => page.locator('h1').first().textContent()).toContain('2006/960/JHA');
  expect(await page.getByRole('note', { name: 'Status' }).textContent()).toMatch(/repealed/i);
}

/** Records every request of the page that leaves `origin`, and every console error and page error, into the arrays given. */
export function watchPage(page: Page, origin: string, foreignRequests: string[], consoleErrors: string[]): void {
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:'))
      foreignRequests.push(request.url());
  });
  // Chromium asks for /favicon.ico by itself and the renderer declares no icon: that 404 is the browser's, not the app's.
  page.on(
    'console',
    (message) =>
      message.type() === 'error' &&
      !message.location().url.endsWith('/favicon.ico') &&
      consoleErrors.push(message.text()),
  );
  page.on('pageerror', (error) => consoleErrors.push(error.message));
}
