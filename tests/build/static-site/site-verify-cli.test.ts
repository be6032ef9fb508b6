import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createExportFixture, type ExportFixture } from './export-fixture';

// Resolved here, since `--import tsx` would resolve from the child's working folder (a temp fixture).
const TSX_LOADER = import.meta.resolve('tsx');

function tool(script: string, args: string[], cwd = process.cwd()) {
  const result = spawnSync(
    process.execPath,
    ['--import', TSX_LOADER, join(import.meta.dirname, '..', '..', '..', 'build', 'static-site', script), ...args],
    { encoding: 'utf8', cwd },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run export:static and npm run site:verify', () => {
  let fixture: ExportFixture | undefined;
  afterEach(() => fixture?.remove());

  it('export a site that verifies, then name the one file whose byte changed, with exit 1', () => {
    fixture = createExportFixture();
    const exported = tool('export-cli.ts', ['--out', 'export', '--base-path', '/polcoop/'], fixture.dir);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('Exported fixture-bundle 1.2.3 (content of 2026-01-31) for /polcoop/');
    const out = join(fixture.dir, 'export');
    const fresh = tool('verify-cli.ts', [out]);
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toMatch(/all \d+ files match site-manifest\.json \(fixture-bundle 1\.2\.3/);

    const file = join(out, 'site', 'index.html');
    const bytes = readFileSync(file);
    bytes[0] = bytes[0]! ^ 0x20;
    writeFileSync(file, bytes);
    const changed = tool('verify-cli.ts', [out]);
    expect(changed.status).toBe(1);
    expect(changed.stderr).toContain('site/index.html has been changed');
    expect(changed.stderr).not.toContain('index.html.br');
  }, 120_000);

  it('export refuses a missing build with exit 1 and a message saying what to run', () => {
    fixture = createExportFixture();
    const result = tool('export-cli.ts', ['--out', 'export', '--bundle', 'nowhere'], fixture.dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Cannot serve the content bundle');
  }, 60_000);
});
