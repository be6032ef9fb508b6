import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/content-security-policy';
import { rawRequest, rawSocketStatus } from './raw-request';
import { servedSitePerSuite } from './served-site';
import { FIXTURE_CSS, FIXTURE_JS } from './site-fixture';

const SECURITY = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

describe('web edition request handler', () => {
  const served = servedSitePerSuite();

  it.each([
    ['/', '/index.html', 'text/html; charset=utf-8'],
    ['/index.html', '/index.html', 'text/html; charset=utf-8'],
    [FIXTURE_JS, FIXTURE_JS, 'text/javascript; charset=utf-8'],
    [FIXTURE_CSS, FIXTURE_CSS, 'text/css; charset=utf-8'],
    ['/assets/logo.png', '/assets/logo.png', 'image/png'],
    ['/bundle/bundle.json', '/bundle/bundle.json', 'application/json; charset=utf-8'],
    ['/bundle/search-index.json', '/bundle/search-index.json', 'application/json; charset=utf-8'],
    ['/docs/readme.txt?v=2', '/docs/readme.txt', 'text/plain; charset=utf-8'],
  ])('serves %s byte for byte with its MIME type and every security header', async (target, file, type) => {
    const response = await rawRequest(served.origin, target);
    expect(response.status).toBe(200);
    expect(response.body.equals(served.site.files[file]!)).toBe(true);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['content-length']).toBe(String(served.site.files[file]!.length));
    expect(response.headers).toMatchObject(SECURITY);
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it('serves the manifest written by the bundle', async () => {
    const response = await rawRequest(served.origin, '/bundle/manifest.json');
    expect(JSON.parse(response.body.toString('utf8'))).toMatchObject({ bundleId: 'fixture-bundle', version: '1.2.3' });
  });

  it('sends the security headers on errors too', async () => {
    for (const [target, method, status] of [
      ['/missing.js', 'GET', 404],
      ['/', 'POST', 405],
      ['*', 'GET', 400],
    ] as const) {
      const response = await rawRequest(served.origin, target, { method });
      expect(response.status).toBe(status);
      expect(response.headers).toMatchObject({
        ...SECURITY,
        'cache-control': 'no-store',
        'content-type': 'text/plain; charset=utf-8',
      });
    }
  });

  it('gives a strong ETag from the content hash, different per content coding', async () => {
    const plain = await rawRequest(served.origin, FIXTURE_JS);
    const gzip = await rawRequest(served.origin, FIXTURE_JS, { headers: { 'Accept-Encoding': 'gzip' } });
    const br = await rawRequest(served.origin, FIXTURE_JS, { headers: { 'Accept-Encoding': 'br' } });
    const hash = (await import('node:crypto'))
      .createHash('sha256')
      .update(served.site.files[FIXTURE_JS]!)
      .digest('base64url');
    expect(plain.headers.etag).toBe(`"${hash}"`);
    expect(gzip.headers.etag).toBe(`"${hash}-gzip"`);
    expect(br.headers.etag).toBe(`"${hash}-br"`);
  });

  it('caches hashed assets for a year and makes index.html and bundle files revalidate', async () => {
    expect((await rawRequest(served.origin, FIXTURE_JS)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await rawRequest(served.origin, FIXTURE_CSS)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const target of [
      '/',
      '/index.html',
      '/bundle/bundle.json',
      '/bundle/search-index.json',
      '/bundle/manifest.json',
      '/assets/logo.png',
    ]) {
      expect((await rawRequest(served.origin, target)).headers['cache-control']).toBe('no-cache');
    }
  });

  it('compresses text with brotli or gzip as the client asks, and the bodies decode to the file', async () => {
    const file = served.site.files['/bundle/bundle.json']!;
    const br = await rawRequest(served.origin, '/bundle/bundle.json', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(file.length);
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
    const gzip = await rawRequest(served.origin, '/bundle/bundle.json', {
      headers: { 'Accept-Encoding': 'gzip, br;q=0' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(file)).toBe(true);
    const identity = await rawRequest(served.origin, '/bundle/bundle.json', {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(file)).toBe(true);
  });

  it('does not compress images, nor bodies compression would not shrink', async () => {
    const png = await rawRequest(served.origin, '/assets/logo.png', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();
    const tiny = await rawRequest(served.origin, '/tiny.txt', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('x');
  });

  it('answers a matching If-None-Match with 304 and no body, and a stale one with the file', async () => {
    for (const encoding of ['identity', 'gzip', 'br']) {
      const first = await rawRequest(served.origin, '/bundle/search-index.json', {
        headers: { 'Accept-Encoding': encoding },
      });
      const etag = first.headers.etag!;
      const again = await rawRequest(served.origin, '/bundle/search-index.json', {
        headers: { 'Accept-Encoding': encoding, 'If-None-Match': etag },
      });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers).toMatchObject({ ...SECURITY, 'cache-control': 'no-cache' });
      const listed = await rawRequest(served.origin, '/bundle/search-index.json', {
        headers: { 'Accept-Encoding': encoding, 'If-None-Match': `"stale", W/${etag}` },
      });
      expect(listed.status).toBe(304);
    }
    const stale = await rawRequest(served.origin, '/bundle/search-index.json', {
      headers: { 'If-None-Match': '"not-the-hash"' },
    });
    expect(stale.status).toBe(200);
    expect(stale.body.equals(served.site.files['/bundle/search-index.json']!)).toBe(true);
    const other = await rawRequest(served.origin, '/bundle/search-index.json', {
      headers: { 'If-None-Match': (await rawRequest(served.origin, '/bundle/bundle.json')).headers.etag! },
    });
    expect(other.status).toBe(200);
    expect((await rawRequest(served.origin, '/index.html', { headers: { 'If-None-Match': '*' } })).status).toBe(304);
  });

  it('answers HEAD with the GET headers and no body', async () => {
    for (const target of ['/', FIXTURE_JS, '/bundle/bundle.json']) {
      for (const encoding of ['identity', 'br']) {
        const get = await rawRequest(served.origin, target, { headers: { 'Accept-Encoding': encoding } });
        const head = await rawRequest(served.origin, target, {
          method: 'HEAD',
          headers: { 'Accept-Encoding': encoding },
        });
        expect(head.status).toBe(200);
        expect(head.body.length).toBe(0);
        expect({ ...head.headers, date: undefined }).toEqual({ ...get.headers, date: undefined });
      }
    }
    const missing = await rawRequest(served.origin, '/missing', { method: 'HEAD' });
    expect(missing.status).toBe(404);
    expect(missing.body.length).toBe(0);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'])(
    'refuses %s with 405 and Allow: GET, HEAD',
    async (method) => {
      const response = await rawRequest(served.origin, '/index.html', { method });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
      expect(response.body.toString()).not.toContain('<!doctype');
    },
  );

  it('refuses CONNECT: no tunnel through the server', async () => {
    expect(await rawSocketStatus(served.origin, 'CONNECT example.org:443 HTTP/1.1')).toBe(405);
  });

  it('lists no directory, with or without a trailing slash', async () => {
    for (const target of ['/docs', '/docs/', '/assets/', '/bundle', '/bundle/', '/outside-dir/']) {
      const response = await rawRequest(served.origin, target);
      expect(response.status, target).toBe(404);
      expect(response.body.toString()).toBe('not found\n');
    }
  });
});
