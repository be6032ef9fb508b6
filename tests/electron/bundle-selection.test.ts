import { describe, expect, it, vi } from 'vitest';
import { BUNDLE_ERROR_PATH, bundleErrorPage } from '../../electron/bundle-error-page';
import { selectBundle } from '../../electron/bundle-selection';
import type { BundleVerification } from '../../electron/bundle-verification';

const good: BundleVerification = { ok: true, manifest: { manifest: { format: 1, bundleId: 'b', version: '1.0.0', contentDate: '2026-01-01', compilerVersion: '1', files: [] }, sha256: 'a'.repeat(64) } };
const tampered: BundleVerification = { ok: false, problems: [{ file: 'bundle.json', reason: 'tampered', message: 'bundle.json has been changed: its SHA-256 does not match the manifest' }] };

function verifier(results: Record<string, BundleVerification>) {
  return vi.fn((dir: string) => Promise.resolve(results[dir] ?? tampered));
}

describe('bundle selection', () => {
  it('uses a verified installed bundle', async () => {
    expect(await selectBundle({ installed: '/user/bundle', builtIn: '/app/bundle' }, verifier({ '/user/bundle': good, '/app/bundle': good }))).toMatchObject({ dir: '/user/bundle', usingBuiltIn: false, problem: null });
  });

  it('falls back to the built-in bundle and names the bad file of the installed one', async () => {
    const selection = await selectBundle({ installed: '/user/bundle', builtIn: '/app/bundle' }, verifier({ '/user/bundle': tampered, '/app/bundle': good }));
    expect(selection).toMatchObject({ dir: '/app/bundle', usingBuiltIn: true, problem: { bundle: 'installed', file: 'bundle.json', reason: 'tampered' } });
    const page = bundleErrorPage(selection) ?? '';
    expect(page).toContain('<code>bundle.json</code>');
    expect(page).toContain('The installed content bundle failed its integrity check');
    expect(page).toContain('<a href="/index.html">Continue with the built-in content</a>');
    expect(page).not.toMatch(/<script|style=|<style/);
  });

  it('uses the built-in bundle without complaint when nothing is installed', async () => {
    const selection = await selectBundle({ installed: null, builtIn: '/app/bundle' }, verifier({ '/app/bundle': good }));
    expect(selection).toMatchObject({ dir: '/app/bundle', problem: null });
    expect(bundleErrorPage(selection)).toBeNull();
  });

  it('serves no bundle when the built-in one fails too, and says so', async () => {
    const selection = await selectBundle({ installed: null, builtIn: '/app/bundle' }, verifier({}));
    expect(selection).toMatchObject({ dir: null, manifest: null, problem: { bundle: 'built-in', file: 'bundle.json' } });
    const page = bundleErrorPage(selection) ?? '';
    expect(page).toContain('The built-in content bundle failed');
    expect(page).not.toContain('Continue with');
  });

  it('escapes file names on the error page', () => {
    const page = bundleErrorPage({ dir: null, manifest: null, usingBuiltIn: true, problem: { bundle: 'installed', file: '<img src=x onerror=alert(1)>.json', reason: 'extra', message: 'x' } }) ?? '';
    expect(page).not.toContain('<img');
    expect(page).toContain('&#60;img');
    expect(BUNDLE_ERROR_PATH).toBe('/shell/bundle-error.html');
  });
});
