import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../harness';
import { CSP_RECORDER_SCRIPT, ProblemLog, type PageDriver } from './page-driver';

/** Launches Debian's Chromium (or CHROMIUM_PATH) through playwright-core, with one page for a web edition at `origin`. */
export async function launchChromium(origin: string, viewport: { width: number; height: number }): Promise<PageDriver> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const page = await (await browser.newContext({ viewport, acceptDownloads: true })).newPage();
  await page.addInitScript({ content: CSP_RECORDER_SCRIPT });
  const log = new ProblemLog(origin, (fn, record) => page.evaluate(fn, record));
  page.on('console', (message) => message.type() === 'error' && log.consoleError(message.text()));
  page.on('pageerror', (error) => log.consoleError(error.message));
  page.on('request', (request) => log.request(request.url()));

  return {
    browser: 'chromium',
    goto: (url) => log.leaving(() => page.goto(url)),
    reload: () => log.leaving(() => page.reload()),
    // Page functions take plain JSON-able arguments here, which Playwright's handle-unboxing type does not know.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    focus: (selector) => page.focus(selector),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    setViewport: (size) => page.setViewportSize(size),
    screenshot: async (path, options) => void (await page.screenshot({ path, fullPage: options?.fullPage ?? false })),
    printToPdf: () => page.pdf({ format: 'A4', printBackground: true }),
    download: async (trigger) => {
      const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
      return readFile(await download.path(), 'utf8');
    },
    takeProblems: () => log.take(),
    close: () => browser.close(),
  };
}
