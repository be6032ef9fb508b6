import { chromium, type Browser } from 'playwright-core';
import { briefingHref, type BriefingRequest } from '../../renderer/briefing/briefing-request';
import type { SiteRoots } from '../web-edition/request-handler';
import { startWebServer, type WebServer } from '../web-edition/web-server';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../browser/headless-chromium';
import { paginate } from './paginate';
import { destinationPages, openPdf } from './pdf-reading';

// A 50-item pack lays out in seconds; a loaded machine can be ten times slower.
const READY_TIMEOUT_MS = 180_000;

/** A PDF of a pack, with the sheet where each contents entry starts. */
export interface RenderedPack {
  pdf: Uint8Array;
  pages: number[];
}

/** The built renderer and bundle served on loopback and a headless Chromium to print the pack view. */
export interface BriefingRenderer {
  render(request: BriefingRequest): Promise<RenderedPack>;
  close(): Promise<void>;
}

async function renderOnce(browser: Browser, url: string): Promise<{ pdf: Uint8Array; anchors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.goto(url);
    await page.waitForSelector('main.briefing[data-briefing-ready]', { timeout: READY_TIMEOUT_MS });
    if (errors.length > 0) throw new Error(`the print view failed: ${errors.join('; ')}`);
    await page.emulateMedia({ media: 'print' });
    const anchors = await page.$$eval('.briefing-contents a', (links) =>
      links.map((link) => link.getAttribute('href')?.slice(1) ?? ''),
    );
    // The outline comes from the headings (each item's title is its only h1) and needs the tagged structure.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    return { pdf: new Uint8Array(pdf), anchors };
  } finally {
    await page.close();
  }
}

/** Starts the server and Chromium; fails with a clear message when Chromium is missing. */
export async function startBriefingRenderer(roots: SiteRoots): Promise<BriefingRenderer> {
  const server: WebServer = await startWebServer(roots, '127.0.0.1', 0);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  } catch (error) {
    await server.close();
    throw new Error(`cannot start Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH): ${String(error)}`, {
      cause: error,
    });
  }
  return {
    render: async (request) => {
      const result = await paginate({
        render: (pages) =>
          renderOnce(browser, `${server.url}${briefingHref({ ...request, ...(pages ? { pages } : {}) })}`),
        startPages: async ({ pdf, anchors }) => {
          const opened = await openPdf(pdf);
          try {
            return await destinationPages(opened, anchors);
          } finally {
            await opened.destroy();
          }
        },
      });
      return { pdf: result.pdf.pdf, pages: result.pages };
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
