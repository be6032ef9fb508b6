import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findElectronRuntime } from '../../build/scripts/electron-runtime';

const runtime = findElectronRuntime({ download: false });
const skipReason = runtime.found
  ? ''
  : ' [skipped: no Electron runtime here; set ELECTRON_OVERRIDE_DIST_PATH to run it]';
// The default reporter lists skipped files without test names, so the reason is printed too.
if (!runtime.found) console.info(`Electron launch test${skipReason}: ${runtime.reason.split('\n')[0]}`);

describe('Electron shell', () => {
  it.skipIf(!runtime.found)(`launches the window over app:// with the preload API${skipReason}`, async () => {
    if (!runtime.found) return;
    const app = await electron.launch({ executablePath: runtime.executable, args: ['.'] });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toBe('app://polcoop/index.html');
      await expect.poll(() => page.locator('h1').first().textContent()).toBe('EU Police Cooperation Reference');
      const info = await page.evaluate(() => window.polcoop?.app.info());
      expect(info).toMatchObject({ ok: true });
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
