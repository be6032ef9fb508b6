import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRotatingLog, LOG_FILE, scrubLogLine } from '../../electron/rotating-log';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function logsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'polcoop-log-'));
  dirs.push(dir);
  return join(dir, 'logs');
}

describe('rotating log', () => {
  it('writes timestamped lines to a local file', () => {
    const dir = logsDir();
    const log = createRotatingLog({ dir, now: () => new Date('2026-11-29T10:00:00Z') });
    log('network: cancelled xhr request to https://x.test/…');
    expect(readFileSync(join(dir, LOG_FILE), 'utf8')).toBe(
      '2026-11-29T10:00:00.000Z network: cancelled xhr request to https://x.test/…\n',
    );
  });

  it('rotates at the size limit and keeps only the configured number of old files', () => {
    const dir = logsDir();
    const log = createRotatingLog({ dir, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 40; i += 1) log(`line ${i} ${'x'.repeat(40)}`);
    expect(readdirSync(dir).sort()).toEqual([LOG_FILE, `${LOG_FILE}.1`, `${LOG_FILE}.2`]);
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file)).length).toBeLessThanOrEqual(200);
    expect(readFileSync(join(dir, LOG_FILE), 'utf8')).toContain('line 39 ');
    expect(readFileSync(join(dir, `${LOG_FILE}.2`), 'utf8')).not.toContain('line 0 ');
  });

  it('removes the home folder, user name, e-mail addresses and line breaks', () => {
    expect(
      scrubLogLine('cannot read /home/anna.berg/.config/polcoop/x for anna.berg\nfake entry', [
        '/home/anna.berg',
        'anna.berg',
      ]),
    ).toBe('cannot read <user>/.config/polcoop/x for <user> fake entry');
    expect(scrubLogLine('contact jan.kowalski@policja.gov.pl', [])).toBe('contact <email>');
  });

  it('never throws when the folder cannot be written', () => {
    const dir = logsDir();
    const log = createRotatingLog({ dir: join(dir, '\u0000bad') });
    expect(() => log('x')).not.toThrow();
    expect(existsSync(dir)).toBe(false);
  });
});
