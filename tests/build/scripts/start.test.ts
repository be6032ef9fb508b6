import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm start without an Electron runtime', () => {
  it('says how to provide one, offers npm run serve to read the reference in a browser now, and exits with status 1', () => {
    const empty = mkdtempSync(join(tmpdir(), 'polcoop-no-electron-'));
    try {
      // The override folder is checked first and holds no executable, so no download is tried.
      const result = spawnSync(process.execPath, ['--import', 'tsx', join('build', 'scripts', 'start.ts')], {
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Cannot start EU Police Cooperation Reference.');
      expect(result.stderr).toContain(
        `ELECTRON_OVERRIDE_DIST_PATH is set to ${empty}, but no Electron executable is there.`,
      );
      expect(result.stderr).toMatch(
        /read the reference in a browser now, run `npm run serve` and open the address it prints/,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60_000);
});
