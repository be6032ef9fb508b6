import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../../electron/policies/json-error-position';

describe('the offset of a JSON syntax error', () => {
  it('finds none in any valid JSON', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.boolean(),
        (value, pretty) => jsonErrorOffset(JSON.stringify(value, null, pretty ? 2 : undefined)) === undefined,
      ),
    );
  });

  it.each([
    ['{"a": tru}', 6],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{"a": "b\\x"}', 9],
    ['{"a": 01}', 7],
    ['{} {}', 3],
    ['{"a": "open', 11],
    ['', 0],
  ])('%s fails at %i, where JSON.parse fails too', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
