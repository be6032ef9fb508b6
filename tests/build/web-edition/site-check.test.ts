import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkSite } from '../../../build/web-edition/site-check';
import { createSiteFixture, type SiteFixture } from './site-fixture';

describe('checkSite', () => {
  let site: SiteFixture;
  beforeEach(() => {
    site = createSiteFixture();
  });
  afterEach(() => site.remove());

  it('accepts a built renderer and a bundle that matches its manifest', async () => {
    expect(await checkSite(site.roots)).toMatchObject({
      ok: true,
      manifest: { bundleId: 'fixture-bundle', version: '1.2.3' },
    });
  });

  it.each([
    [
      'no renderer',
      (s: SiteFixture) => rmSync(join(s.roots.rendererDir, 'index.html')),
      /renderer is not built .*npm run build/,
    ],
    ['no bundle', (s: SiteFixture) => rmSync(s.roots.bundleDir, { recursive: true }), /manifest\.json is missing/],
    [
      'a manifest that is not JSON',
      (s: SiteFixture) => writeFileSync(join(s.roots.bundleDir, 'manifest.json'), '{'),
      /manifest\.json is not valid JSON/,
    ],
    [
      'a manifest of the wrong shape',
      (s: SiteFixture) => writeFileSync(join(s.roots.bundleDir, 'manifest.json'), '{"format":1}'),
      /manifest\.json does not describe a bundle/,
    ],
    [
      'a changed file',
      (s: SiteFixture) => writeFileSync(join(s.roots.bundleDir, 'search-index.json'), '{}'),
      /search-index\.json/,
    ],
    [
      'a missing file',
      (s: SiteFixture) => rmSync(join(s.roots.bundleDir, 'bundle.json')),
      /bundle\.json is listed in the manifest but missing/,
    ],
    [
      'an unlisted file',
      (s: SiteFixture) => writeFileSync(join(s.roots.bundleDir, 'extra.json'), '{}'),
      /extra\.json is not listed/,
    ],
  ])('refuses %s with a message saying why', async (_name, spoil, message) => {
    spoil(site);
    const check = await checkSite(site.roots);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toMatch(message);
  });
});
