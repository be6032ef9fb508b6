import { describe, expect, it } from 'vitest';
import { parseExportOptions } from '../../../build/static-site/export-options';

describe('parseExportOptions', () => {
  it('resolves folders against the working folder and gives the base path its trailing slash', () => {
    expect(parseExportOptions(['--out', 'out', '--base-path', '/polcoop'], '/work')).toEqual({
      ok: true,
      options: {
        outDir: '/work/out',
        basePath: '/polcoop/',
        webRoot: '/srv/polcoop',
        rendererDir: '/work/dist/renderer',
        bundleDir: '/work/dist/bundle',
      },
    });
  });

  it.each([
    [[], '--out DIR is required'],
    [['--out', 'x', '--base-path', 'polcoop/'], '--base-path must be a URL path'],
    [['--out', 'x', '--base-path', '/a/../b/'], '--base-path must be a URL path'],
    [['--out', 'x', '--base-path', '/a b/'], '--base-path must be a URL path'],
    [['--out', 'x', '--web-root', 'srv/x'], '--web-root must be an absolute path'],
    [['--out', 'x', '--web-root', '/srv/x;evil'], '--web-root must be an absolute path'],
    [['--out', 'x', '--colour'], 'unknown option --colour'],
  ])('refuses %j with one line and exit 2', (argv, message) => {
    const result = parseExportOptions(argv, '/work');
    expect(result).toMatchObject({ ok: false, exitCode: 2, message: expect.stringContaining(message) });
    expect(!result.ok && result.message.split('\n')).toHaveLength(1);
  });
});
