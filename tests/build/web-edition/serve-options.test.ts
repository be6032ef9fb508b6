import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseServeOptions } from '../../../build/web-edition/serve-options';

const CWD = '/srv/polcoop';

describe('parseServeOptions', () => {
  it('defaults to 127.0.0.1:8080, dist/renderer and dist/bundle under the working folder', () => {
    expect(parseServeOptions([], CWD)).toEqual({
      ok: true,
      options: {
        port: 8080,
        host: '127.0.0.1',
        rendererDir: join(CWD, 'dist', 'renderer'),
        bundleDir: join(CWD, 'dist', 'bundle'),
        exposed: false,
      },
    });
  });

  it('reads port, host and a relative or absolute bundle folder', () => {
    const relative = parseServeOptions(['--port', '0', '--host', '0.0.0.0', '--bundle', 'packs/2027'], CWD);
    expect(relative).toMatchObject({
      ok: true,
      options: { port: 0, host: '0.0.0.0', bundleDir: join(CWD, 'packs', '2027'), exposed: true },
    });
    expect(parseServeOptions(['--bundle=/opt/bundle', '--port=65535'], CWD)).toMatchObject({
      ok: true,
      options: { port: 65535, bundleDir: '/opt/bundle' },
    });
  });

  it.each([
    ['127.0.0.1', false],
    ['localhost', false],
    ['::1', false],
    ['[::1]', false],
    ['0.0.0.0', true],
    ['::', true],
    ['intranet.example', true],
    ['10.1.2.3', true],
  ])('treats --host %s as exposed: %s', (host, exposed) => {
    expect(parseServeOptions(['--host', host], CWD)).toMatchObject({ ok: true, options: { exposed } });
  });

  it('unwraps a bracketed IPv6 host for listen()', () => {
    expect(parseServeOptions(['--host', '[::1]'], CWD)).toMatchObject({ ok: true, options: { host: '::1' } });
  });

  it.each([
    [['--port', '65536'], '--port must be a whole number from 0 to 65535, not "65536"'],
    [['--port=-1'], '--port must be a whole number'],
    [['--port', '-1'], '--port needs a value, written --port=-VALUE if it starts with a dash'],
    [['--port', '80.5'], '--port must be a whole number'],
    [['--port', ''], '--port must be a whole number'],
    [['--port'], '--port needs a value'],
    [['--host', ''], '--host must be a host name'],
    [['--host', 'a b'], '--host must be a host name'],
    [['--host', 'http://x/'], '--host must be a host name'],
    [['--bundle', ' '], '--bundle needs a folder'],
    [['--root', '/'], 'unknown option --root'],
    [['extra'], 'unexpected argument "extra"'],
  ])('rejects %j with one line that names the problem, and exit status 2', (argv, message) => {
    const result = parseServeOptions(argv, CWD);
    expect(result).toEqual({ ok: false, exitCode: 2, message: expect.stringContaining(message) as string });
    if (result.ok) return;
    expect(result.message).toMatch(/^serve: [^\n]+ \(npm run serve -- --help shows the usage\)$/);
  });

  it('answers --help and -h with the usage and every option, for exit status 0', () => {
    for (const flag of ['--help', '-h']) {
      const result = parseServeOptions([flag], CWD);
      expect(result).toMatchObject({ ok: false, exitCode: 0 });
      if (result.ok) return;
      expect(result.message.split('\n')[0]).toBe('usage: npm run serve -- [--port N] [--host H] [--bundle DIR]');
      for (const option of ['--port N', '--host H', '--bundle DIR', '-h, --help'])
        expect(result.message).toContain(option);
    }
  });
});
