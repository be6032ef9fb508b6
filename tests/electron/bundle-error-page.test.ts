import { describe, expect, it } from 'vitest';
import { BUNDLE_ERROR_PATH, bundleErrorPage } from '../../electron/bundle-error-page';

describe('the bundle error page', () => {
  it('names the failing file and what to do, as static HTML without script or style', () => {
    const page = bundleErrorPage(
      {
        file: 'bundle.json',
        reason: 'tampered',
        message: 'bundle.json has been changed: its SHA-256 does not match the manifest',
      },
      [],
    );
    expect(page).toContain('<code>bundle.json</code>');
    expect(page).toContain('The built-in content bundle failed its integrity check');
    expect(page).toContain('reinstall the application');
    expect(page).not.toContain('Installed content packs');
    expect(page).not.toMatch(/<script|style=|<style/);
  });

  it('escapes file names and pack notices', () => {
    const page = bundleErrorPage({ file: '<img src=x onerror=alert(1)>.json', reason: 'extra', message: 'x' }, [
      'The content pack <b>1</b> failed',
    ]);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>');
    expect(page).toContain('&#60;img');
    expect(BUNDLE_ERROR_PATH).toBe('/shell/bundle-error.html');
  });
});
