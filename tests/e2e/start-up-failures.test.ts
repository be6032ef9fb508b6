import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

// Each case gets its own browser context: a response cached by one case would hide the failure the next one stages.
describe('start-up failures, in Chromium', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
  });

  it('says the content could not be loaded, and why, when bundle.json is missing', async () => {
    harness = await startHarness();
    const { page, origin } = harness;
    await page.route('**/bundle/bundle.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${origin}/index.html#/`);
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 })
      .toMatch(/The reference could not be loaded: bundle\/bundle\.json: 404/);
    // The frame stays usable: the search field is there.
    expect(await page.getByRole('combobox', { name: 'Search the reference' }).count()).toBe(1);
  });

  it('says the reader could not start, instead of a blank window, when its UI script cannot be loaded', async () => {
    harness = await startHarness();
    const { page, origin } = harness;
    await page.route('**/assets/mount-app-*.js', (route) => route.abort());
    await page.goto(`${origin}/index.html#/`);
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 })
      .toMatch(/The reference could not be loaded: .+/);
  });
});
