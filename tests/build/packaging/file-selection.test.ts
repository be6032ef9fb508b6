import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAsarFiles } from '../../../build/packaging/asar-files';
import { asarProblems } from '../../../build/packaging/asar-policy';
import { verifyBundle } from '../../../electron/bundle-verification';
import { packageOffline } from '../../../build/packaging/package-offline';
import { writePlaceholderRuntime } from '../../../build/packaging/placeholder-runtime';
import { BUNDLE_FORMAT } from '../../../content/model/formats';

// A fake project with everything that must stay out of the asar, packaged with the real electron-builder.yml.
const project = mkdtempSync(join(tmpdir(), 'polcoop-files-'));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(join(project, path), text);
}

function bundle(): void {
  const body = '{}';
  const sha256 = '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';
  write('dist/bundle/bundle.json', body);
  write(
    'dist/bundle/manifest.json',
    JSON.stringify({
      format: BUNDLE_FORMAT,
      bundleId: 'fake',
      version: '1',
      contentDate: '2026-01-01',
      compilerVersion: '1',
      files: [{ path: 'bundle.json', size: 2, sha256 }],
    }),
  );
}

beforeAll(async () => {
  cpSync('electron-builder.yml', join(project, 'electron-builder.yml'));
  write(
    'package.json',
    JSON.stringify({
      name: 'fake-polcoop',
      version: '1.0.0',
      main: 'dist/electron/main.cjs',
      dependencies: { 'prod-dep': '1.0.0' },
      devDependencies: { 'dev-dep': '1.0.0' },
    }),
  );
  for (const dep of ['prod-dep', 'dev-dep']) {
    write(`node_modules/${dep}/package.json`, JSON.stringify({ name: dep, version: '1.0.0', main: 'index.js' }));
    write(`node_modules/${dep}/index.js`, 'module.exports = 1;');
  }
  write('dist/electron/main.cjs', 'require("electron");');
  write('dist/electron/main.cjs.map', '{}');
  write('dist/electron/preload.cjs', '');
  write('dist/renderer/index.html', '<!doctype html>');
  write('dist/renderer/assets/app.js', '');
  write('dist/renderer/assets/app.js.map', '{}');
  write('electron/main.ts', '');
  write('renderer/app.tsx', '');
  write('tests/app.test.ts', '');
  write('content/page.md', '');
  bundle();
  const runtime = join(project, 'runtime');
  writePlaceholderRuntime(runtime, 'linux', '45.5.0');
  // No hook and no icons: this test is about which files electron-builder picks, not fuses or artwork.
  await packageOffline({
    projectDir: project,
    platform: 'linux',
    targets: ['dir'],
    electronDist: runtime,
    outputDir: join(project, 'out'),
    config: { afterPack: null, electronVersion: '45.5.0', linux: { icon: undefined } },
  });
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('electron-builder file selection with electron-builder.yml', () => {
  it('packs exactly package.json, main, preload and the renderer without source maps', () => {
    const packed = listAsarFiles(join(project, 'out', 'linux-unpacked', 'resources', 'app.asar')).map(
      (file) => file.path,
    );
    expect(packed).toEqual([
      '/dist/electron/main.cjs',
      '/dist/electron/preload.cjs',
      '/dist/renderer/assets/app.js',
      '/dist/renderer/index.html',
      '/package.json',
    ]);
    expect(asarProblems(packed)).toEqual([]);
  });

  it('puts the bundle beside the asar with its manifest intact', async () => {
    expect(await verifyBundle(join(project, 'out', 'linux-unpacked', 'resources', 'bundle'))).toMatchObject({
      ok: true,
    });
  });
});
