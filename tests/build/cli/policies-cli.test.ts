import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'polcoop-policies-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function policies(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('build', 'cli', 'policies.ts'), ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts Node with tsx once or twice: seconds each on a loaded machine.
describe('npm run policies -- --check FILE', { timeout: 60_000 }, () => {
  it('prints the effective policy of the admin kit sample as JSON and exits 0', () => {
    const checked = policies('--check', 'docs/admin-kit/policies.json');
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
    const effective = JSON.parse(checked.stdout) as Record<string, { value: unknown; level: string }>;
    expect(effective.ExternalLinks).toEqual({ value: 'confirm', level: 'enforced' });
    expect(effective.Language).toEqual({ value: 'en', level: 'default' });
  });

  it('names the file and field of a wrong type and exits 1, printing no policy', () => {
    const file = join(work, 'wrong-type.json');
    writeFileSync(file, JSON.stringify({ DisablePackImport: 'yes', Defaults: { Langauge: 'fr' }, BannerText: 'Fine' }));
    const checked = policies('--check', file);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toBe('');
    expect(checked.stderr.trim().split('\n')).toEqual([
      `${file}: DisablePackImport: wrong type: Invalid input: expected boolean, received string`,
      `${file}: Defaults.Langauge: unknown name: Langauge is not a policy of this app`,
    ]);
  });

  it('checks a managed-preferences plist, binary as macOS writes it', () => {
    const checked = policies('--check', 'tests/fixtures/policies/mac/eu.polcoop.reference.plist');
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain(
      'eu.polcoop.reference.plist: LockLanguage: wrong type: Invalid input: expected boolean, received string',
    );
  });

  it('refuses a file that does not parse, or is missing, with one line and exit 1', () => {
    const file = join(work, 'broken.json');
    writeFileSync(file, '{\n  "BannerText": "x",\n}\n');
    expect(policies('--check', file)).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\(file\\): not valid JSON: line 3: `),
      ),
    });
    expect(policies('--check', join(work, 'absent.json'))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('absent.json: (file): could not be read: ENOENT'),
    });
  });

  it('answers --help with the usage and exit 0, a bad option with one line and exit 2', () => {
    expect(policies('--help')).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^usage: npm run -s policies -- --check FILE/),
    });
    const bad = policies('--chekc', 'x.json');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([
      'policies: unknown option --chekc (npm run policies -- --help shows the usage)',
    ]);
  });
});
