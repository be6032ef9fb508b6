import { describe, expect, it } from 'vitest';
import { BUNDLE_ERROR_PATH, bundleErrorPage } from '../../electron/bundle-error-page';
import { shellTextsIn } from '../../electron/texts/shell-texts';

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

  it('speaks the shell’s language, marking the technical reasons as English', () => {
    const page = bundleErrorPage(
      { file: 'bundle.json', reason: 'tampered', message: 'bundle.json has been changed' },
      ['The content pack 2026.12.0 was set aside'],
      shellTextsIn('de'),
    );
    expect(page).toContain('<html lang="de-DE">');
    expect(page).toContain('<title>Der Inhalt konnte nicht geprüft werden</title>');
    expect(page).toContain('<p>Datei: <code>bundle.json</code></p>');
    expect(page).toContain('<p lang="en">bundle.json has been changed</p>');
    expect(page).toContain('<h2>Installierte Inhaltspakete</h2>');
    expect(page).toContain('<li lang="en">The content pack 2026.12.0 was set aside</li>');
    expect(page).not.toContain('reinstall the application');
  });
});
