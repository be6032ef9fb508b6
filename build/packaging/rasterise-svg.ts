import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { SquarePng } from './square-png';

/** Chromium used to render the icon: Debian's by default, any Chromium/Chrome/Edge through CHROMIUM_PATH. */
const ICON_CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// No network, no profile sync, no component downloads: the build machine may be air-gapped.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Renders an SVG document to square PNGs with transparent background, one per requested edge length. */
export async function rasteriseSvg(svg: string, sizes: readonly number[]): Promise<SquarePng[]> {
  if (!existsSync(ICON_CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${ICON_CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium, Chrome or Edge executable.`,
    );
  }
  const browser = await chromium.launch({ executablePath: ICON_CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const source = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
    const images: SquarePng[] = [];
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      images.push({
        size,
        png: await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }),
      });
    }
    return images;
  } finally {
    await browser.close();
  }
}
