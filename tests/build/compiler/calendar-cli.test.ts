import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function contentCheck(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'build/compiler/cli.ts', 'check', ...args],
      { encoding: 'utf8', timeout: 120_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

describe('npm run content:check and the calendar', () => {
  it('fails on overtaken facts, each as path:line: field: message, and writes nothing', async () => {
    const result = await contentCheck('--content', 'tests/fixtures/content/calendar', '--today', '2026-12-03');
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(
      'tests/fixtures/content/calendar/sections/information-exchange.md:6: checked: 2025-11-30 is more than 12 months before 2026-12-03: check the page against its sources again',
    );
    expect(lines).toContain(
      'tests/fixtures/content/calendar/pages/overview.md:19: body: "expected in 2025": 2025-12-31 has passed (content date 2026-12-03); say what happened',
    );
    expect(lines.at(-1)).toBe('7 problem(s); nothing was written.');
  }, 120_000);

  it('refuses a --today that is not a date with one line and exit status 2', async () => {
    const result = await contentCheck('--today', '2026-02-30');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--today must be a date YYYY-MM-DD, got "2026-02-30"/);
  }, 120_000);
});
