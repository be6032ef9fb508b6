import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, type AppRoots } from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/content-security-policy';

const base = mkdtempSync(join(tmpdir(), 'polcoop-protocol-'));
const rendererDir = join(base, 'app', 'renderer');
const bundleDir = join(base, 'app', 'bundle');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
mkdirSync(bundleDir, { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(rendererDir, 'assets', 'main.js'), 'export {}');
writeFileSync(join(bundleDir, 'bundle.json'), '{}');
writeFileSync(join(base, 'secret.txt'), 'SECRET');
writeFileSync(join(base, 'app', 'outside.txt'), 'SECRET');
symlinkSync(join(base, 'secret.txt'), join(rendererDir, 'escape.txt'));
symlinkSync(base, join(rendererDir, 'escape-dir'));
symlinkSync(join(base, 'secret.txt'), join(bundleDir, 'escape.json'));

const roots: AppRoots = { rendererDir, bundleDir };
const handle = createAppRequestHandler(() => roots);

afterAll(() => rmSync(base, { recursive: true, force: true }));

function get(path: string, init: RequestInit = {}) {
  return handle(new Request(`app://polcoop${path}`, init));
}

const HOSTILE = [
  '/../secret.txt',
  '/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/%2e%2e%2fsecret.txt',
  '/%2e%2e%2f%2e%2e%2fsecret.txt',
  '/..%2fsecret.txt',
  '/..%2F..%2Fsecret.txt',
  '/.%2e/secret.txt',
  '/%2e./secret.txt',
  '/%252e%252e/secret.txt',
  '/%252e%252e%252fsecret.txt',
  '/..%252fsecret.txt',
  '/%25252e%25252e/secret.txt',
  '/..\\secret.txt',
  '/..%5csecret.txt',
  '/..%5Csecret.txt',
  '/%5c..%5csecret.txt',
  '/assets%5c..%5c..%5csecret.txt',
  '/index.html%00.js',
  '/index.html%00',
  '/%00/../secret.txt',
  '/etc/passwd',
  '/%2fetc%2fpasswd',
  '//etc/passwd',
  '/C:%5cWindows%5cwin.ini',
  '/C:/Windows/win.ini',
  '/escape.txt',
  '/escape-dir/secret.txt',
  '/escape-dir/app/outside.txt',
  '/bundle/../../secret.txt',
  '/bundle/%2e%2e/%2e%2e/secret.txt',
  '/bundle/..%2f..%2fsecret.txt',
  '/bundle/escape.json',
  '/bundle/%252e%252e/outside.txt',
  '/assets/../../outside.txt',
  '/assets/%2e%2e/%2e%2e/outside.txt',
  '/./index.html',
  '/%2e/index.html',
  '/%c0%ae%c0%ae/secret.txt',
  '/%uff0e%uff0e/secret.txt',
  '/．．/secret.txt',
];

describe('app:// protocol', () => {
  it('serves the renderer and the bundle with their MIME types and the CSP', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('/assets/main.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const bundle = await get('/bundle/bundle.json');
    expect(bundle.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await bundle.text()).toBe('{}');
  });

  it(`refuses ${HOSTILE.length} hostile paths without leaking a byte outside the roots`, async () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
    for (const path of HOSTILE) {
      const response = await get(path);
      const body = await response.text();
      expect(body, path).not.toContain('SECRET');
      if (response.status === 200) expect(path).toMatch(/^\/(\.|%2e)\/index\.html$/);
      else expect(response.status, path).toBe(404);
    }
  });

  it('sends the CSP and nosniff on 200, 404 and 405 answers', async () => {
    const answers = [
      await get('/index.html'),
      await get('/missing.js'),
      await get('/../secret.txt'),
      await get('/index.html', { method: 'POST', body: 'x' }),
      await handle(new Request('app://other/index.html')),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 404, 404, 405, 404]);
    for (const answer of answers) {
      expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('has a CSP that allows nothing but its own scripts and styles', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('answers HEAD without a body', async () => {
    const head = await get('/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves the shell pages and refuses the bundle when none passed verification', async () => {
    const refusing = createAppRequestHandler(() => ({
      ...roots,
      refuseBundle: true,
      pages: { '/shell/bundle-error.html': '<h1>bad</h1>' },
    }));
    const page = await refusing(new Request('app://polcoop/shell/bundle-error.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toBe('<h1>bad</h1>');
    expect((await refusing(new Request('app://polcoop/bundle/bundle.json'))).status).toBe(404);
    expect((await refusing(new Request('app://polcoop/index.html'))).status).toBe(200);
  });
});
