import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/content-security-policy';
import { exportStaticSite } from '../../../build/static-site/export-static';
import { SITE_MANIFEST, verifySite } from '../../../build/static-site/site-manifest';
import { verifyBundle } from '../../../electron/bundle-verification';
import { createExportFixture, type ExportFixture } from './export-fixture';

describe('exportStaticSite', () => {
  let fixture: ExportFixture | undefined;
  afterEach(() => fixture?.remove());

  it('writes the site with a content-addressed bundle folder named by its manifest, and a manifest of every file', async () => {
    fixture = createExportFixture('/polcoop/');
    const result = await exportStaticSite(fixture.options);
    if (!result.ok) throw new Error(result.message);
    const out = fixture.options.outDir;
    const bundleManifest = readFileSync(join(fixture.options.bundleDir, 'manifest.json'));
    const folder = `bundle/${createHash('sha256').update(bundleManifest).digest('hex').slice(0, 16)}/`;
    expect(result.bundleFolder).toBe(folder);
    // The compiler's files, byte for byte, under the folder; the manifest also at its own name for whoever asks what is up.
    for (const name of ['bundle.json', 'search-index.json', 'manifest.json']) {
      expect(readFileSync(join(out, 'site', folder, name))).toEqual(
        readFileSync(join(fixture.options.bundleDir, name)),
      );
    }
    expect(readFileSync(join(out, 'site', 'bundle', 'manifest.json'))).toEqual(bundleManifest);
    expect(readFileSync(join(out, 'site', 'assets', 'index-AbC123_x.js'))).toEqual(
      readFileSync(join(fixture.options.rendererDir, 'assets', 'index-AbC123_x.js')),
    );
    expect(result.manifest).toMatchObject({
      bundleId: 'fixture-bundle',
      version: '1.2.3',
      contentDate: '2026-01-31',
      basePath: '/polcoop/',
    });
    expect(await verifySite(out)).toMatchObject({ ok: true });
    expect(existsSync(join(out, SITE_MANIFEST))).toBe(true);
    expect(readdirSync(fixture.dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('points index.html at the bundle folder and adds the CSP as a meta tag without the header-only frame-ancestors', async () => {
    fixture = createExportFixture();
    const result = await exportStaticSite(fixture.options);
    if (!result.ok) throw new Error(result.message);
    const html = readFileSync(join(fixture.options.outDir, 'site', 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="preload" href="${result.bundleFolder}bundle.json" as="fetch" crossorigin />`);
    expect(html).toContain(`<meta name="polcoop-bundle" content="${result.bundleFolder}" />`);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    // Before anything it governs: right after the charset.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
    expect(html).not.toContain('href="bundle/bundle.json"');
  });

  it('writes .br and .gz siblings that decompress to the file, for text files only', async () => {
    fixture = createExportFixture();
    const result = await exportStaticSite(fixture.options);
    if (!result.ok) throw new Error(result.message);
    const site = join(fixture.options.outDir, 'site');
    for (const path of ['index.html', 'assets/index-AbC123_x.js', `${result.bundleFolder}bundle.json`]) {
      const original = readFileSync(join(site, path));
      expect(brotliDecompressSync(readFileSync(join(site, `${path}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(join(site, `${path}.gz`)))).toEqual(original);
    }
    expect(existsSync(join(site, 'assets', 'logo-Zy98_wvU.png.br'))).toBe(false);
  });

  it('writes every header kit into deploy/', async () => {
    fixture = createExportFixture();
    const result = await exportStaticSite(fixture.options);
    if (!result.ok) throw new Error(result.message);
    const deploy = join(fixture.options.outDir, 'deploy');
    const kits = [
      'nginx/polcoop.conf',
      'caddy/Caddyfile',
      'apache/.htaccess',
      'static-host/_headers',
      'kubernetes/Dockerfile',
      'kubernetes/polcoop.yaml',
    ];
    for (const kit of kits)
      expect(readFileSync(join(deploy, kit), 'utf8')).toContain('EU Police Cooperation Reference');
    expect(readFileSync(join(deploy, 'nginx/polcoop.conf'), 'utf8')).toContain('root /srv/polcoop/;');
  });

  it('refuses a bundle that fails its manifest and writes nothing', async () => {
    fixture = createExportFixture();
    writeFileSync(join(fixture.options.bundleDir, 'bundle.json'), '{"changed": true}');
    const result = await exportStaticSite(fixture.options);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('bundle.json has been changed') });
    expect(existsSync(fixture.options.outDir)).toBe(false);
  });

  it('refuses a folder that holds something else, and replaces an earlier export', async () => {
    fixture = createExportFixture();
    mkdirSync(fixture.options.outDir);
    writeFileSync(join(fixture.options.outDir, 'notes.txt'), 'mine');
    expect(await exportStaticSite(fixture.options)).toMatchObject({
      ok: false,
      message: expect.stringContaining('neither empty nor an earlier export'),
    });
    expect(readdirSync(fixture.options.outDir)).toEqual(['notes.txt']);

    const other = { ...fixture.options, outDir: join(fixture.dir, 'again') };
    expect((await exportStaticSite(other)).ok).toBe(true);
    writeFileSync(join(other.outDir, 'site', 'stray.txt'), 'left from before');
    expect((await exportStaticSite(other)).ok).toBe(true);
    expect(existsSync(join(other.outDir, 'site', 'stray.txt'))).toBe(false);
    expect(await verifySite(other.outDir)).toMatchObject({ ok: true });
  });

  it('leaves the bundle folder checkable with the shell verification once the compressed siblings are set aside', async () => {
    fixture = createExportFixture();
    const result = await exportStaticSite(fixture.options);
    if (!result.ok) throw new Error(result.message);
    const folder = join(fixture.options.outDir, 'site', result.bundleFolder);
    const problems = (await verifyBundle(folder)) as { ok: false; problems: { file: string; reason: string }[] };
    // Only the siblings are unknown to the bundle manifest: every listed file keeps its hash.
    expect(problems.problems.every((p) => p.reason === 'extra' && /\.(br|gz)$/.test(p.file))).toBe(true);
  });
});
