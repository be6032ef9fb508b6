import { describe, expect, it } from 'vitest';
import { chooseContentCoding } from '../../../build/web-edition/accept-encoding';

const BOTH = ['br', 'gzip'] as const;

describe('chooseContentCoding', () => {
  it.each([
    [undefined, BOTH, undefined],
    ['', BOTH, undefined],
    ['identity', BOTH, undefined],
    ['gzip, deflate, br, zstd', BOTH, 'br'],
    ['gzip, deflate', BOTH, 'gzip'],
    ['GZIP', BOTH, 'gzip'],
    ['br;q=0.5, gzip;q=0.8', BOTH, 'gzip'],
    ['br;q=0.8, gzip;q=0.8', BOTH, 'br'],
    ['br;q=0, gzip', BOTH, 'gzip'],
    ['br;q=0, gzip;q=0', BOTH, undefined],
    ['*', BOTH, 'br'],
    ['*;q=0.1, br;q=0', BOTH, 'gzip'],
    ['*;q=0', BOTH, undefined],
    ['br;q=banana, gzip', BOTH, 'gzip'],
    ['br', ['gzip'], undefined],
    ['br, gzip', ['gzip'], 'gzip'],
    ['br, gzip', [], undefined],
    [' , ;q=1, br ; q=1.0 ', BOTH, 'br'],
  ] as const)('for %j with %j available picks %s', (header, available, expected) => {
    expect(chooseContentCoding(header, available)).toBe(expected);
  });
});
