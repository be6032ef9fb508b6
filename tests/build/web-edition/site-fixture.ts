import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SiteRoots } from '../../../build/web-edition/request-handler';
import { BUNDLE_FORMAT } from '../../../content/model/formats';

/** A built site in a temp folder: dist/renderer, dist/bundle with a valid manifest, and a secret beside dist/ that must never be served. */
export interface SiteFixture {
  dir: string;
  roots: SiteRoots;
  /** The content of `secret.txt` outside both roots, reachable only through the symlinks planted in the renderer. */
  secret: string;
  /** The files as written, by URL path. */
  files: Record<string, Buffer>;
  remove(): void;
}

/** The hashed asset names of the fixture, as Vite would name them. */
export const FIXTURE_JS = '/assets/index-AbC123_x.js';
export const FIXTURE_CSS = '/assets/index-Zy98_wvU.css';

function text(s: string): Buffer {
  return Buffer.from(s, 'utf8');
}

/** Writes a bundle folder with a manifest that lists every file with its size and SHA-256. */
export function writeBundle(bundleDir: string, files: Record<string, Buffer>): void {
  mkdirSync(bundleDir, { recursive: true });
  const listed = Object.entries(files).map(([path, bytes]) => {
    writeFileSync(join(bundleDir, path), bytes);
    return { path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  const manifest = {
    format: BUNDLE_FORMAT,
    bundleId: 'fixture-bundle',
    version: '1.2.3',
    contentDate: '2026-01-31',
    compilerVersion: '1.0.0',
    files: listed,
  };
  writeFileSync(join(bundleDir, 'manifest.json'), JSON.stringify(manifest));
}

/** Creates the fixture; call `remove()` when done. */
export function createSiteFixture(): SiteFixture {
  const dir = mkdtempSync(join(tmpdir(), 'polcoop-web-'));
  const rendererDir = join(dir, 'dist', 'renderer');
  const bundleDir = join(dir, 'dist', 'bundle');
  const secret = `top secret ${dir}`;
  writeFileSync(join(dir, 'secret.txt'), secret);
  mkdirSync(join(dir, 'outside'));
  writeFileSync(join(dir, 'outside', 'inner.txt'), secret);

  const script = `console.log(${JSON.stringify('the reader '.repeat(400))});\n`;
  const files: Record<string, Buffer> = {
    '/index.html': text(
      `<!doctype html><title>Fixture</title><script type="module" src="./assets/index-AbC123_x.js"></script>${'<!-- padding -->'.repeat(40)}`,
    ),
    [FIXTURE_JS]: text(script),
    [FIXTURE_CSS]: text(`body { color: black; }\n${'.a { margin: 0; }\n'.repeat(100)}`),
    '/assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]),
    '/docs/readme.txt': text('a file in a sub-folder'),
    '/tiny.txt': text('x'),
  };
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(rendererDir, path, '..'), { recursive: true });
    writeFileSync(join(rendererDir, path), bytes);
  }
  symlinkSync(join(dir, 'secret.txt'), join(rendererDir, 'escape.txt'));
  symlinkSync(join(dir, 'outside'), join(rendererDir, 'outside-dir'));
  symlinkSync('/etc', join(rendererDir, 'etc-link'));

  const bundleFiles = {
    'bundle.json': text(
      JSON.stringify({ documents: Array.from({ length: 50 }, (_, i) => ({ id: `doc-${i}`, title: `Document ${i}` })) }),
    ),
    'search-index.json': text(JSON.stringify({ index: 'x'.repeat(2000) })),
  };
  writeBundle(bundleDir, bundleFiles);
  for (const [path, bytes] of Object.entries(bundleFiles)) files[`/bundle/${path}`] = bytes;
  return {
    dir,
    roots: { rendererDir, bundleDir },
    secret,
    files,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
