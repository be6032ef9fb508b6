import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/content-security-policy';
import { harnessPerSuite, RESULTS_DIR } from './harness';

const JOURNEY = [
  ['#/', /EU Police Cooperation Reference/],
  ['#/search?q=Prum', /./],
  ['#/doc/info-exchange-directive-2023-977', /2023\/977/],
  ['#/doc/swedish-framework-decision-2006-960', /2006\/960/],
  ['#/glossary', /Glossary/],
  ['#/term/framework-decision', /Framework Decision/],
  ['#/bookmarks', /./],
  ['#/timeline', /./],
  ['#/about', /./],
] as const;

describe('offline by construction, in Chromium', () => {
  const harness = harnessPerSuite();
  const policies = new Set<string | undefined>();
  beforeAll(() => {
    harness.page.on('response', (response) => {
      if (response.url().startsWith(harness.origin)) policies.add(response.headers()['content-security-policy']);
    });
  });

  it('walks the main journeys, searching and following links, showing each page', async () => {
    const { page, origin } = harness;
    for (const [hash, heading] of JOURNEY) {
      await page.goto(`${origin}/index.html${hash}`);
      await expect
        .poll(() => page.locator('h1').first().textContent(), { message: hash, timeout: 10_000 })
        .toMatch(heading);
    }
    await page.goto(`${origin}/index.html#/search?q=Europol`);
    const result = page.getByRole('main').getByRole('link').first();
    // The search worker loads the index first; on a busy machine that takes seconds.
    await expect.poll(() => result.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await result.click();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(RESULTS_DIR, 'offline-journey.png') });
  });

  it('made no request outside the app origin during the whole session', () => {
    expect(harness.foreignRequests).toEqual([]);
  });

  it('received the CSP with every response of the app origin', () => {
    expect([...policies]).toEqual([CONTENT_SECURITY_POLICY]);
  });
});
