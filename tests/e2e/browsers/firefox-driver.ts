import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer, { type KeyInput } from 'puppeteer-core';
import { CSP_RECORDER_SCRIPT, ProblemLog, type PageDriver } from './page-driver';

/** Debian's Firefox ESR, which the cross-browser journeys drive besides Chromium. */
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const DOWNLOAD_WAIT_MS = 20_000;

/** Waits for the one file a download writes into an empty folder, once Firefox has renamed it from its `.part`. */
async function downloadedText(folder: string): Promise<string> {
  for (const end = Date.now() + DOWNLOAD_WAIT_MS; Date.now() < end; await sleep(100)) {
    const names = await readdir(folder);
    const done = names.filter((name) => !name.endsWith('.part'));
    if (done.length === 1 && names.length === 1) {
      const text = await readFile(join(folder, done[0] as string), 'utf8');
      if (text !== '') return text;
    }
  }
  throw new Error(`no download arrived in ${folder} within ${DOWNLOAD_WAIT_MS} ms`);
}

/**
 * Launches stock Firefox ESR (or FIREFOX_PATH) through puppeteer-core over WebDriver BiDi, the only way to drive an
 * unpatched Firefox, with one page for a web edition at `origin`.
 */
export async function launchFirefox(origin: string, viewport: { width: number; height: number }): Promise<PageDriver> {
  if (!existsSync(FIREFOX_PATH))
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
    );
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: viewport,
    // The downloads panel would open on the bookmarks export and keep the window's focus from then on (the page's
    // :focus stops matching, so no focus ring shows in later pictures).
    extraPrefsFirefox: { 'browser.download.alwaysOpenPanel': false },
  });
  const downloads = mkdtempSync(join(tmpdir(), 'polcoop-firefox-downloads-'));
  const page = await (
    await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } })
  ).newPage();
  await page.setViewport(viewport);
  await page.evaluateOnNewDocument(CSP_RECORDER_SCRIPT);
  const log = new ProblemLog(origin, (fn, record) => page.evaluate(fn, record));
  page.on('console', (message) => message.type() === 'error' && log.consoleError(message.text()));
  page.on('pageerror', (error) => log.consoleError(error instanceof Error ? error.message : String(error)));
  page.on('request', (request) => log.request(request.url()));

  return {
    browser: 'firefox',
    goto: (url) => log.leaving(() => page.goto(url)),
    reload: () => log.leaving(() => page.reload()),
    // Page functions take plain JSON-able arguments here, which Puppeteer's handle-flattening type does not know.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    // Puppeteer's own focus refuses SVG elements (the timeline's marks are SVG links); the DOM's focus() takes both.
    focus: (selector) => page.$eval(selector, (element) => (element as HTMLElement | SVGElement).focus()),
    select: async (selector, value) => void (await page.select(selector, value)),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as KeyInput),
    setViewport: (size) => page.setViewport(size),
    screenshot: async (path, options) =>
      void (await page.screenshot({ path: path as `${string}.png`, fullPage: options?.fullPage ?? false })),
    printToPdf: () => page.pdf({ format: 'A4', printBackground: true }),
    download: async (trigger) => {
      for (const name of await readdir(downloads)) rmSync(join(downloads, name));
      await trigger();
      return downloadedText(downloads);
    },
    takeProblems: () => log.take(),
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
