import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readShellSettings, SETTINGS_FILE } from '../../electron/shell-settings';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function userData(content?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'polcoop-settings-'));
  dirs.push(dir);
  if (content !== undefined) writeFileSync(join(dir, SETTINGS_FILE), content);
  return dir;
}

describe('shell settings', () => {
  it('leaves external links to the policies (or the built-in confirmation) when no file says otherwise', () => {
    expect(readShellSettings(userData())).toEqual({ settings: {}, problem: null });
  });

  it('lets an air-gapped site switch external links off', () => {
    expect(readShellSettings(userData('{"externalLinks": false}')).settings.externalLinks).toBe(false);
  });

  it.each([
    ['{', 'settings.json is not valid JSON; using the defaults'],
    [
      '{"externalLinks": "no"}',
      'settings.json: externalLinks: Invalid input: expected boolean, received string; using the defaults',
    ],
    ['{"externalLink": false}', expect.stringContaining('settings.json:')],
  ])('reports a bad file %s and uses the defaults', (content, problem) => {
    expect(readShellSettings(userData(content))).toEqual({ settings: {}, problem });
  });
});
