import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../browser/headless-chromium';
import type { SquarePng } from './square-png';

/** Renders an SVG document to square PNGs with transparent background, one per requested edge length. */
export async function rasteriseSvg(svg: string, sizes: readonly number[]): Promise<SquarePng[]> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium, Chrome or Edge executable.`,
    );
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
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
