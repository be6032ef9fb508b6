/** Debian's Chromium, unless CHROMIUM_PATH names another Chromium, Chrome or Edge. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How the build tools, benchmarks and browser tests launch Chromium: headless and quiet (no requests of its own). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
