import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function deadline(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'build/cli/deadline.ts', ...args],
      { encoding: 'utf8', timeout: 60_000, env: { ...process.env, TZ: 'Europe/Lisbon' } },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

const URGENT = 'info-exchange-2023-977-urgent-direct';

describe('npm run deadline', { timeout: 60_000 }, () => {
  it('computes the 2023/977 urgent, directly accessible limit: 8 hours after 14:20 is 22:20 the same day', async () => {
    const { code, stdout } = await deadline('--id', URGENT, '--from', '2026-12-03T14:20:00+01:00');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      id: URGENT,
      from: '2026-12-03T14:20:00+01:00',
      due: '2026-12-03T22:20:00+01:00',
      dueLocal: '2026-12-03T21:20:00+00:00',
      unit: 'hours',
      value: 8,
      article: 'Art. 5(1)(a)',
    });
  });

  it('counts working days in the zone given, skipping the weekend', async () => {
    const { stdout } = await deadline(
      '--id',
      'e-evidence-enforcement-recognition',
      '--from',
      '2026-12-04T09:00:00+01:00',
      '--tz',
      'Europe/Helsinki',
    );
    expect(JSON.parse(stdout)).toMatchObject({
      due: '2026-12-11T09:00:00+01:00',
      dueLocal: '2026-12-11T10:00:00+02:00',
      unit: 'working-days',
      value: 5,
    });
  });

  it('lists every limit with its id, instrument, what, duration and article', async () => {
    const { code, stdout } = await deadline('--list');
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as { id: string }[];
    expect(list.length).toBeGreaterThanOrEqual(20);
    expect(list.find((l) => l.id === URGENT)).toEqual({
      id: URGENT,
      instrument: 'info-exchange-directive-2023-977',
      what: expect.any(String),
      duration: { value: 8, unit: 'hours' },
      article: 'Art. 5(1)(a)',
    });
  });

  it.each([
    [['--id', 'no-such-limit', '--from', '2026-12-03T14:20:00+01:00'], /unknown time limit "no-such-limit"/],
    [['--id', URGENT, '--from', '2026-12-03 14:20'], /--from must be an ISO 8601 date and time with an offset/],
    [
      ['--id', URGENT, '--from', '2026-02-30T14:20:00+01:00'],
      /--from must be an ISO 8601 date and time with an offset/,
    ],
    [
      ['--id', URGENT, '--from', '2026-12-03T14:20:00+01:00', '--tz', 'Europe/Atlantis'],
      /--tz must be an IANA time zone/,
    ],
    [['--id', URGENT], /--from ISO is required/],
  ])('refuses %j in one line with exit 2', async (args, message) => {
    const { code, stdout, stderr } = await deadline(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });
});
