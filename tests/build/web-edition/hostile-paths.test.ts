import { describe, expect, it } from 'vitest';
import { rawRequest, rawSocketStatus } from './raw-request';
import { servedSitePerSuite } from './served-site';

/** Targets that try to reach `secret.txt` beside dist/, or system files, sent exactly as written. */
const HOSTILE_TARGETS = [
  '/../secret.txt',
  '/../../secret.txt',
  '/../../../../../../etc/passwd',
  `/${'../'.repeat(64)}etc/passwd`,
  '/%2e%2e/secret.txt',
  '/%2E%2E/%2E%2E/secret.txt',
  '/%2e%2e%2fsecret.txt',
  '/..%2fsecret.txt',
  '/..%2F..%2F..%2Fetc%2Fpasswd',
  '/.%2e/secret.txt',
  '/%2e./secret.txt',
  '/%252e%252e/secret.txt',
  '/%252e%252e%252fsecret.txt',
  '/%25252e%25252e/secret.txt',
  '/..%5csecret.txt',
  '/..%5c..%5csecret.txt',
  '/%5c..%5csecret.txt',
  '/..\\secret.txt',
  '/..%255csecret.txt',
  '/%c0%ae%c0%ae/secret.txt',
  '/..%c0%afsecret.txt',
  '/%u002e%u002e/secret.txt',
  '/index.html%00',
  '/index.html%00.png',
  '/%00/../secret.txt',
  '/escape.txt%2500',
  '/etc/passwd',
  '//etc/passwd',
  '///etc/passwd',
  '/%2fetc%2fpasswd',
  '/file:///etc/passwd',
  '/C:%5cWindows%5cwin.ini',
  '/escape.txt',
  '/outside-dir/inner.txt',
  '/etc-link/passwd',
  '/etc-link/hostname',
  '/bundle/../secret.txt',
  '/bundle/../../secret.txt',
  '/bundle/%2e%2e/%2e%2e/secret.txt',
  '/bundle/..%2f..%2fsecret.txt',
  '/bundle%2f..%2f..%2fsecret.txt',
  '/bundle/%252e%252e/%252e%252e/secret.txt',
  '/assets/../../secret.txt',
  '/assets/..%5c..%5csecret.txt',
  '/index.html/..%2f..%2fsecret.txt',
  '/./../secret.txt',
  '/..;/secret.txt',
  '/....//secret.txt',
  '/%2e%2e%5c%2e%2e%5csecret.txt',
  '/docs/../../secret.txt',
];

describe('web edition against hostile paths', () => {
  const served = servedSitePerSuite();

  it('has a list of at least 30 distinct hostile targets', () => {
    expect(new Set(HOSTILE_TARGETS).size).toBe(HOSTILE_TARGETS.length);
    expect(HOSTILE_TARGETS.length).toBeGreaterThanOrEqual(30);
  });

  it('still serves the files that are meant to be served, so the refusals below are not blanket ones', async () => {
    expect((await rawRequest(served.origin, '/index.html')).status).toBe(200);
    expect((await rawRequest(served.origin, '/docs/readme.txt')).status).toBe(200);
    expect((await rawRequest(served.origin, '/bundle/bundle.json')).status).toBe(200);
  });

  it.each(HOSTILE_TARGETS)('refuses %s with 404 or 400 and leaks nothing', async (target) => {
    for (const method of ['GET', 'HEAD']) {
      const response = await rawRequest(served.origin, target, { method });
      expect([400, 404]).toContain(response.status);
      const body = response.body.toString('latin1');
      expect(body).not.toContain(served.site.secret);
      expect(body).not.toMatch(/root:|localhost/);
      expect(body).toBe(method === 'HEAD' ? '' : response.status === 404 ? 'not found\n' : 'bad request\n');
    }
  });

  it.each([
    'GET /index.html\0 HTTP/1.1',
    'GET /\0/../secret.txt HTTP/1.1',
    'GET /../secret.txt\0.html HTTP/1.1',
    'GET http://127.0.0.1/../secret.txt HTTP/1.1',
    'GET ../secret.txt HTTP/1.1',
    'GET * HTTP/1.1',
    'GET /index .html HTTP/1.1',
  ])('refuses the raw request line %j with 400 or 404', async (line) => {
    expect([400, 404]).toContain(await rawSocketStatus(served.origin, line));
  });
});
