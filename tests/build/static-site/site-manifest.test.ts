import { rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportStaticSite } from '../../../build/static-site/export-static';
import { SITE_MANIFEST, verifySite } from '../../../build/static-site/site-manifest';
import { createExportFixture, type ExportFixture } from './export-fixture';

describe('verifySite', () => {
  let fixture: ExportFixture;
  let out: string;
  beforeEach(async () => {
    fixture = createExportFixture();
    out = fixture.options.outDir;
    const result = await exportStaticSite(fixture.options);
    if (!result.ok) throw new Error(result.message);
  });
  afterEach(() => fixture.remove());

  it('names a file after one byte of it has changed', async () => {
    const path = join(out, 'site', 'assets', 'index-AbC123_x.js');
    const bytes = readFileSync(path);
    bytes[10] = bytes[10]! ^ 1;
    writeFileSync(path, bytes);
    expect(await verifySite(out)).toEqual({
      ok: false,
      problems: [
        {
          file: 'site/assets/index-AbC123_x.js',
          reason: 'changed',
          message: `site/assets/index-AbC123_x.js has been changed: its SHA-256 does not match ${SITE_MANIFEST}`,
        },
      ],
    });
  });

  it('names a missing and an extra file', async () => {
    rmSync(join(out, 'site', 'index.html.gz'));
    writeFileSync(join(out, 'site', 'extra.js'), 'alert(1)');
    const result = await verifySite(out);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => [p.file, p.reason])).toEqual([
      ['site/index.html.gz', 'missing'],
      ['site/extra.js', 'extra'],
    ]);
  });

  it('refuses a manifest that is missing, not JSON, or names a path outside the export', async () => {
    const manifestPath = join(out, SITE_MANIFEST);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: { path: string }[] };
    manifest.files[0]!.path = '../outside.txt';
    writeFileSync(manifestPath, JSON.stringify(manifest));
    expect(await verifySite(out)).toMatchObject({
      ok: false,
      problems: [
        {
          file: SITE_MANIFEST,
          reason: 'manifest',
          message: expect.stringContaining('files.0.path: not a plain relative path'),
        },
      ],
    });
    writeFileSync(manifestPath, '{');
    expect(await verifySite(out)).toMatchObject({
      ok: false,
      problems: [{ reason: 'manifest', message: `${SITE_MANIFEST} is not valid JSON` }],
    });
    rmSync(manifestPath);
    expect(await verifySite(out)).toMatchObject({ ok: false, problems: [{ reason: 'missing' }] });
  });
});
