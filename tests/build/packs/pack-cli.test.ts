import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packManifestSchema } from '../../../content/model/pack-manifest-schema';
import { cleanup, tempDir } from '../../electron/content-packs/pack-fixture';

const dirs: string[] = [];
afterEach(() => cleanup(dirs));

function tool(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('build', 'packs', script), ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pack:keygen, pack:make and pack:verify', () => {
  it('make a key pair, a signed pack of the real content, and verify it only against the key that signed it', () => {
    const keys = tempDir(dirs);
    expect(tool('keygen-cli.ts', '--out', keys).status).toBe(0);
    const privateKey = readdirSync(keys).find((name) => name.endsWith('.key')) ?? '';
    const publicKey = readdirSync(keys).find((name) => name.endsWith('.pub.pem')) ?? '';
    expect(readFileSync(join(keys, privateKey), 'utf8')).toContain('BEGIN PRIVATE KEY');
    const pack = join(tempDir(dirs), 'content.polcoop');
    const made = tool('make-cli.ts', '--key', join(keys, privateKey), '--out', pack, '--min-app-version', '0.1.0');
    expect(made.stderr).toBe('');
    expect(made.stdout).toContain(`signed with key ${privateKey.replace(/^polcoop-pack-|\.key$/g, '')}`);
    const verified = tool('verify-cli.ts', pack, '--trusted', join(keys, publicKey));
    expect(verified.status).toBe(0);
    const counted = /^OK .*: signed by key [0-9a-f]{16} .*; (\d+) files match their SHA-256/.exec(verified.stdout);
    const manifest = packManifestSchema.parse(JSON.parse(verified.stdout.slice(verified.stdout.indexOf('{'))));
    // The catalogue, the two search files, two language files, and one body file per document.
    const bodies = manifest.files.filter((file) => /^documents\/[a-z0-9-]+\.json$/.test(file.path));
    expect(bodies.length).toBeGreaterThan(100);
    expect(Number(counted?.[1])).toBe(5 + bodies.length);
    expect(manifest.files).toHaveLength(5 + bodies.length);
    expect(manifest).toMatchObject({ bundleId: 'eu-police-cooperation', minAppVersion: '0.1.0', packFormat: 1 });

    const otherKeys = tempDir(dirs);
    tool('keygen-cli.ts', '--out', otherKeys);
    const other = readdirSync(otherKeys).find((name) => name.endsWith('.pub.pem')) ?? '';
    const refused = tool('verify-cli.ts', pack, '--trusted', join(otherKeys, other));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('REFUSED');
    expect(refused.stderr).toContain('not by a trusted key');
  }, 120_000);

  it('name the missing argument in one line, with exit status 2', () => {
    expect(tool('make-cli.ts')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'pack:make: --key KEY is required (npm run pack:make -- --help shows the usage)\n',
    });
    expect(tool('make-cli.ts', '--key', 'k.key')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('pack:make: --out FILE is required'),
    });
    expect(tool('verify-cli.ts')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'pack:verify: FILE is missing (npm run pack:verify -- --help shows the usage)\n',
    });
    expect(tool('keygen-cli.ts')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('pack:keygen: --out DIR is required'),
    });
  }, 60_000);

  it('refuse a pack file that cannot be read with one line and exit status 1', () => {
    const missing = tool('verify-cli.ts', join(tempDir(dirs), 'no-such.polcoop'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^pack:verify: ENOENT[^\n]*no-such\.polcoop'\n$/);
  }, 60_000);
});
