import { createHash } from 'node:crypto';
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStaticFiles } from '../../../build/web-edition/static-files';
import { createSiteFixture, FIXTURE_JS, type SiteFixture } from './site-fixture';

describe('createStaticFiles', () => {
  let site: SiteFixture;
  beforeEach(() => {
    site = createSiteFixture();
  });
  afterEach(() => site.remove());

  it('reads a file once with its MIME type, hash and compressed copies, then serves it from memory', async () => {
    const files = createStaticFiles();
    const first = await files.lookup(site.roots.rendererDir, FIXTURE_JS);
    expect(first?.body.equals(site.files[FIXTURE_JS]!)).toBe(true);
    expect(first?.mimeType).toBe('text/javascript; charset=utf-8');
    expect(first?.hash).toBe(createHash('sha256').update(site.files[FIXTURE_JS]!).digest('base64url'));
    expect(Object.keys(first?.variants ?? {}).sort()).toEqual(['br', 'gzip']);
    expect(await files.lookup(site.roots.rendererDir, FIXTURE_JS)).toBe(first);
  });

  it('shares one read between concurrent lookups of the same file', async () => {
    const files = createStaticFiles();
    const [a, b] = await Promise.all([
      files.lookup(site.roots.bundleDir, '/bundle.json'),
      files.lookup(site.roots.bundleDir, '/bundle.json'),
    ]);
    expect(a).toBe(b);
  });

  it('notices a file that changed or disappeared', async () => {
    const files = createStaticFiles();
    const path = join(site.roots.rendererDir, 'index.html');
    const before = await files.lookup(site.roots.rendererDir, '/index.html');
    writeFileSync(path, '<!doctype html><title>rebuilt</title>');
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const after = await files.lookup(site.roots.rendererDir, '/index.html');
    expect(after?.body.toString()).toBe('<!doctype html><title>rebuilt</title>');
    expect(after?.hash).not.toBe(before?.hash);
    rmSync(path);
    expect(await files.lookup(site.roots.rendererDir, '/index.html')).toBeUndefined();
  });

  it.each(['/', '/docs', '/escape.txt', '/../secret.txt', '/missing.js'])(
    'finds nothing servable at %s',
    async (path) => {
      expect(await createStaticFiles().lookup(site.roots.rendererDir, path)).toBeUndefined();
    },
  );
});
