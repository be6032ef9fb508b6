import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeChild } from '../build/web-edition/serve-child';
import { launchChromium } from './browsers/chromium-driver';
import { launchFirefox } from './browsers/firefox-driver';
import type { BrowserName, PageDriver, PageProblems } from './browsers/page-driver';
import { RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

const LAUNCH: Record<BrowserName, typeof launchChromium> = { chromium: launchChromium, firefox: launchFirefox };
const SWEDISH = 'swedish-framework-decision-2006-960';
const APP_TITLE = 'EU Police Cooperation Reference';
// The machine is shared with other suites: waits are for what a person would see, with room to spare.
const patiently = { timeout: 20_000 };

const text = (page: PageDriver, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
const texts = (page: PageDriver, selector: string) =>
  page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector);
const count = (page: PageDriver, selector: string) =>
  page.evaluate((s) => document.querySelectorAll(s).length, selector);
const hash = (page: PageDriver) => page.evaluate(() => location.hash, null);
const instrumentCount = (page: PageDriver) =>
  page.evaluate(
    async () =>
      ((await (await fetch('bundle/bundle.json')).json()) as { documents: { kind: string }[] }).documents.filter(
        (d) => d.kind === 'instrument',
      ).length,
    null,
  );
/** The relative luminance of the page's background, 0 (black) to 1 (white). */
const backgroundLuminance = (page: PageDriver) =>
  page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g) ?? []).map(
      (c) => Number(c) / 255,
    );
    const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }, null);

describe('the web edition in Chromium and Firefox ESR (npm run serve)', () => {
  let server: ServeChild;

  beforeAll(async () => {
    if (!existsSync(join('dist', 'renderer', 'index.html')) || !existsSync(join('dist', 'bundle', 'manifest.json'))) {
      throw new Error('dist/ is not built: run `npm run build` first (npm test does).');
    }
    mkdirSync(RESULTS_DIR, { recursive: true });
    server = await startServe(['--port', '0'], process.cwd());
  });
  afterAll(async () => {
    const stopped = await server?.stop('SIGINT');
    expect(stopped?.code).toBe(0);
  });

  // A worker's violations fire in the worker, out of the page recorder's sight (an eval probe added to the worker went
  // unseen in both browsers), so the search worker as built is read instead: no eval and no Function constructor.
  it('ships a search worker that never calls eval or the Function constructor', () => {
    const workers = readdirSync(join('dist', 'renderer', 'assets')).filter((name) =>
      /^search\.worker-.*\.js$/.test(name),
    );
    expect(workers).toHaveLength(1);
    const script = readFileSync(join('dist', 'renderer', 'assets', workers[0] as string), 'utf8');
    // `[^.\w]Function(` leaves method names such as lunr's registerFunction( alone.
    expect(script.match(/\beval\(|(?:^|[^.\w])Function\(/g) ?? []).toEqual([]);
  });

  describe.each(['chromium', 'firefox'] as const)('in %s', (browser) => {
    let page: PageDriver;
    const shot = (name: string) => join(RESULTS_DIR, `web-${browser}-${name}.png`);
    /** A fresh document at a route of the app (a hash change alone would keep the previous journey's state). */
    const load = async (route = '#/') => {
      await page.goto('about:blank');
      await page.goto(`${server.url}${route}`);
    };

    beforeAll(async () => {
      page = await LAUNCH[browser](new URL(server.url).origin, SCREEN_VIEWPORTS[0]);
    });
    afterAll(async () => {
      await page?.close();
    });
    // Every journey, in either browser: nothing in the console, nothing the policy refused, nothing sent elsewhere.
    afterEach(async () => {
      expect(await page.takeProblems()).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
    });

    it('starts, with its search worker answering, without any page script tripping the Content-Security-Policy', async () => {
      await load();
      await expect.poll(() => text(page, 'main h1'), patiently).toBe(APP_TITLE);
      // The search worker has started and loaded its index once it answers.
      await page.focus('input[role="combobox"]');
      await page.type('europol');
      await expect.poll(() => count(page, '[role="option"]'), patiently).toBeGreaterThan(0);
      expect((await page.takeProblems()).cspViolations).toEqual([]);
    });

    it('still sees a violation when one happens (the recorder works in this browser)', async () => {
      await load();
      await expect.poll(() => text(page, 'main h1'), patiently).toBe(APP_TITLE);
      // An inline script added to the page is refused by the policy (script-src has no 'unsafe-inline'), and the
      // first-script recorder reports it. (An eval run by the test driver itself would not do: both browsers exempt it.)
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__polcoopInlineRan = true;';
        document.head.append(script);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return '__polcoopInlineRan' in window;
      }, null);
      expect(ran).toBe(false);
      const seen: PageProblems = { consoleErrors: [], cspViolations: [], foreignRequests: [] };
      const gather = async () => {
        const taken = await page.takeProblems();
        for (const key of Object.keys(seen) as (keyof PageProblems)[]) seen[key].push(...taken[key]);
      };
      await expect
        .poll(async () => (await gather(), seen.cspViolations.join('\n')), patiently)
        .toMatch(/^script-src\S* blocked \(?inline/);
      // A round trip through the browser, so its own console report of the refusal (if any) has arrived; then all of
      // it is taken, so this deliberate violation does not fail the check after the test, and nothing else came along.
      await load();
      await gather();
      expect(seen.consoleErrors.filter((message) => !/Content[- ]Security[- ]Policy/i.test(message))).toEqual([]);
      expect(seen.foreignRequests).toEqual([]);
    });

    it('shows the home page', async () => {
      await load();
      await expect.poll(() => text(page, 'main h1'), patiently).toBe(APP_TITLE);
      expect(await count(page, 'main a')).toBeGreaterThan(3);
      expect(await page.evaluate(() => 'polcoop' in window, null)).toBe(false);
      await page.screenshot(shot('home'), { fullPage: true });
    });

    it('suggests results as you type and opens the one picked with the arrow keys and Enter', async () => {
      await load();
      await expect.poll(() => text(page, 'main h1'), patiently).toBe(APP_TITLE);
      // The shortcut is live once the search box's effect has run, a moment after the page shows (a press before
      // that lands nowhere, as it would for a person, who presses again).
      const focusedRole = () => page.evaluate(() => document.activeElement?.getAttribute('role') ?? null, null);
      await expect
        .poll(
          async () => ((await focusedRole()) === 'combobox' ? 'combobox' : (await page.press('/'), focusedRole())),
          patiently,
        )
        .toBe('combobox');
      await page.type('Swedish Initiative');
      await expect.poll(() => count(page, '[role="option"] .suggestion-name'), patiently).toBeGreaterThan(0);
      await page.screenshot(shot('type-ahead'));
      await page.press('ArrowDown');
      const chosen = (await text(page, '[role="option"][aria-selected="true"] .suggestion-name')) ?? '';
      expect(chosen).not.toBe('');
      await page.press('Enter');
      await expect.poll(() => hash(page), patiently).toMatch(/^#\/(doc|term)\//);
      await expect.poll(() => text(page, 'main'), patiently).toContain(chosen);
    });

    it('shows an instrument with a glossary definition on hover and on keyboard focus', async () => {
      await load(`#/doc/${SWEDISH}`);
      await expect.poll(() => text(page, 'main h1'), patiently).toContain('2006/960/JHA');
      expect(await text(page, '[role="note"][aria-label="Status"]')).toMatch(/repealed/i);
      const term = '.document-body span.term[data-term="framework-decision"]';
      await page.hover(term);
      await expect.poll(() => text(page, '[role="tooltip"]'), patiently).toMatch(/Framework Decision/);
      await page.hover('main h1');
      await expect.poll(() => count(page, '[role="tooltip"]'), patiently).toBe(0);
      await page.focus(term);
      await expect.poll(() => text(page, '[role="tooltip"]'), patiently).toMatch(/Framework Decision/);
      expect(await page.evaluate((s) => document.querySelector(s)?.getAttribute('aria-describedby'), term)).toBe(
        await page.evaluate(() => document.querySelector('[role="tooltip"]')?.id, null),
      );
      await page.screenshot(shot('term-tooltip'));
      await page.press('Escape');
      await expect.poll(() => count(page, '[role="tooltip"]'), patiently).toBe(0);
      await page.press('Enter');
      await expect.poll(() => hash(page), patiently).toBe('#/term/framework-decision');
    });

    it('keeps a bookmark in IndexedDB across a reload and exports it as JSON', async () => {
      await load(`#/doc/${SWEDISH}`);
      const star = '.bookmark-star button';
      await expect
        .poll(() => page.evaluate((s) => document.querySelector<HTMLButtonElement>(s)?.disabled, star), patiently)
        .toBe(false);
      await page.click(star);
      await expect
        .poll(() => page.evaluate((s) => document.querySelector(s)?.getAttribute('aria-pressed'), star), patiently)
        .toBe('true');
      await load('#/bookmarks');
      // A mark the reload must clear, so nothing below can read the list from the document before it.
      await page.evaluate(() => void Object.assign(window, { __polcoopBeforeReload: true }), null);
      await page.reload();
      await expect.poll(() => page.evaluate(() => '__polcoopBeforeReload' in window, null), patiently).toBe(false);
      // By document id, stable by design, rather than by the name the list chooses to show.
      await expect.poll(() => count(page, `.bookmark-list > li a[href="#/doc/${SWEDISH}"]`), patiently).toBe(1);
      // No shell in the web edition: the bookmark lives in the browser's own IndexedDB.
      expect(await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name), null)).toContain(
        'polcoop-bookmarks',
      );
      const exportJson = '.bookmark-transfer .transfer-actions > button:first-of-type';
      await expect.poll(() => text(page, exportJson), patiently).toBe('Export (JSON)');
      const exported = JSON.parse(await page.download(() => page.click(exportJson))) as unknown;
      expect(exported).toMatchObject({ format: 'polcoop-bookmarks', bookmarks: [{ target: { documentId: SWEDISH } }] });
    });

    it('narrows the glossary as you type in its filter', async () => {
      await load('#/glossary');
      await expect.poll(() => count(page, '.term-list dt'), patiently).toBeGreaterThan(100);
      await page.focus('#glossary-filter');
      await page.type('sirene');
      await expect.poll(() => count(page, '.term-list dt'), patiently).toBeLessThan(10);
      const shown = await texts(page, '.term-list > div');
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((entry) => /sirene/i.test(entry))).toBe(true);
      await page.click('.term-list dt a');
      await expect.poll(() => hash(page), patiently).toMatch(/^#\/term\/sirene/);
    });

    it('compares instruments side by side and drops one', async () => {
      await load(
        '#/compare?ids=api-law-enforcement-regulation-2025-13,europol-regulation-2016-794,info-exchange-directive-2023-977',
      );
      const columns = '.compare-table thead th[scope="col"]';
      await expect.poll(() => count(page, columns), patiently).toBe(3);
      expect(await texts(page, '.compare-table tbody th[scope="row"]')).toContain('CELEX');
      await page.screenshot(shot('compare'));
      await page.click(`${columns}:first-of-type .link-button`);
      await expect.poll(() => count(page, columns), patiently).toBe(2);
      expect(await hash(page)).toBe('#/compare?ids=europol-regulation-2016-794,info-exchange-directive-2023-977');
    });

    it('draws the timeline, filters it by status and opens an instrument from a mark', async () => {
      await load('#/timeline');
      // The instruments' chart; the countries' dated events have their own chart in a section below it.
      const rows = 'article > .timeline-chart > .timeline-rows > li';
      await expect.poll(() => count(page, rows), patiently).toBeGreaterThan(0);
      const all = await count(page, rows);
      expect(all).toBe(await instrumentCount(page));
      await page.screenshot(shot('timeline'));
      await page.select('.timeline-controls label:nth-of-type(2) select', 'repealed');
      await expect.poll(() => count(page, rows), patiently).toBeLessThan(all);
      const mark = `${rows}:first-child svg a`;
      const label = (await page.evaluate((s) => document.querySelector(s)?.getAttribute('aria-label'), mark)) ?? '';
      await page.focus(mark);
      await page.press('Enter');
      await expect.poll(() => hash(page), patiently).toMatch(/^#\/doc\//);
      await expect.poll(() => text(page, 'main'), patiently).toContain(label.split(':')[0]);
    });

    it('switches to the dark theme and back in Settings, and keeps the choice across a reload', async () => {
      await load();
      await expect.poll(() => text(page, 'main h1'), patiently).toBe(APP_TITLE);
      const settings = '.top-bar button[aria-controls]';
      await page.click(settings);
      await page.click('.settings-panel input[name="theme"][value="dark"]');
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.theme, null), patiently)
        .toBe('dark');
      expect(await backgroundLuminance(page)).toBeLessThan(0.1);
      await page.reload();
      await expect.poll(() => text(page, 'main h1'), patiently).toBe(APP_TITLE);
      expect(await page.evaluate(() => document.documentElement.dataset.theme, null)).toBe('dark');
      expect(await backgroundLuminance(page)).toBeLessThan(0.1);
      await page.click(settings);
      await page.click('.settings-panel input[name="theme"][value="light"]');
      await expect.poll(() => backgroundLuminance(page), patiently).toBeGreaterThan(0.8);
    });

    it('prints an instrument on paper without the app around it, with the content date in the header', async () => {
      await load(`#/doc/${SWEDISH}`);
      await expect.poll(() => text(page, 'main h1'), patiently).toContain('2006/960/JHA');
      const pdf = join(RESULTS_DIR, `web-${browser}-print.pdf`);
      writeFileSync(pdf, await page.printToPdf());
      // Read back with poppler's pdftotext: what is on paper, not what the DOM holds.
      const paper = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(paper).toContain('Council Framework Decision 2006/960/JHA');
      expect(paper).toMatch(/EU Police Cooperation Reference, content \S+ of \d{4}-\d{2}-\d{2}/);
      for (const chrome of ['Settings', 'Filter instruments', 'Bookmarks']) expect(paper).not.toContain(chrome);
    });

    // Firefox's pictures of the views; Chromium's are reader-screens.test.ts's (the same renderer, the same views).
    for (const viewport of browser === 'firefox' ? SCREEN_VIEWPORTS : []) {
      for (const theme of SCREEN_THEMES) {
        it(`shows home, an instrument and search results at ${viewport.width}x${viewport.height} in the ${theme} theme`, async () => {
          await page.setViewport(viewport);
          const size = `${theme}-${viewport.width}x${viewport.height}`;
          await load();
          // The theme as Settings stores it, read at start-up.
          await page.evaluate((t) => localStorage.setItem('polcoop:theme', JSON.stringify(t)), theme);
          await page.reload();
          await expect
            .poll(() => page.evaluate(() => document.documentElement.dataset.theme, null), patiently)
            .toBe(theme);
          await expect.poll(() => text(page, 'main h1'), patiently).toBe(APP_TITLE);
          await page.screenshot(shot(`home-${size}`));
          await load('#/doc/info-exchange-directive-2023-977');
          await expect.poll(() => text(page, 'main h1'), patiently).toContain('2023/977');
          // Keyboard focus on the first control, the skip link, which shows itself (with its focus ring) when focused.
          await page.press('Tab');
          await expect
            .poll(
              () =>
                page.evaluate(
                  () =>
                    document.activeElement?.classList.contains('skip-link') &&
                    document.activeElement.getBoundingClientRect().top >= 0,
                  null,
                ),
              patiently,
            )
            .toBe(true);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth, null)).toBe(true);
          await page.screenshot(shot(`instrument-${size}`));
          await load('#/search?q=time%20limits');
          await expect.poll(() => count(page, '.search-results .result'), patiently).toBeGreaterThan(0);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth, null)).toBe(true);
          await page.screenshot(shot(`search-${size}`));
        });
      }
    }
  });
});
