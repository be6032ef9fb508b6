import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleProblems } from '../../../build/packaging/bundle-verification';

let dir: string;
const body = '{"documents":[]}';

function manifest(files: Array<{ path: string; size: number; sha256: string }>): void {
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ format: 1, bundleId: 'test', version: '1', contentDate: '2026-01-01', compilerVersion: '1', files }));
}
const entry = { path: 'bundle.json', size: body.length, sha256: createHash('sha256').update(body).digest('hex') };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'polcoop-bundle-'));
  writeFileSync(join(dir, 'bundle.json'), body);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('bundleProblems', () => {
  it('accepts a bundle whose files match the manifest', () => {
    manifest([entry]);
    expect(bundleProblems(dir)).toEqual([]);
  });

  it('reports a changed file, a missing one, an unlisted one and a path outside the folder', () => {
    manifest([entry, { ...entry, path: 'search-index.json' }, { ...entry, path: '../escape.json' }]);
    writeFileSync(join(dir, 'bundle.json'), body.replace('[]', '[1]'));
    writeFileSync(join(dir, 'extra.json'), '{}');
    expect(bundleProblems(dir)).toEqual([
      `bundle file bundle.json is ${body.length + 1} bytes, the manifest says ${body.length}`,
      'bundle file bundle.json does not match its SHA-256 in the manifest',
      'bundle file search-index.json is listed in the manifest but missing',
      'bundle manifest lists ../escape.json, which lies outside the bundle folder',
      'bundle file extra.json is not listed in the manifest',
    ]);
  });

  it('reports a missing or invalid manifest', () => {
    expect(bundleProblems(dir)[0]).toContain('manifest.json is missing');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ format: 1, files: [] }));
    expect(bundleProblems(dir)[0]).toContain('is not a valid manifest');
  });
});
