import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePosting, encodePosting, WEIGHT_SCALE } from '../../../renderer/search/posting-codec';

describe('posting codec', () => {
  it('decodes what it encodes: passages in order, weights to the hundredth', () => {
    const entries = fc.uniqueArray(fc.tuple(fc.nat(100_000), fc.double({ min: 0, max: 500, noNaN: true })), {
      selector: ([ref]) => ref,
      maxLength: 200,
    });
    fc.assert(
      fc.property(entries, (list) => {
        const { refs, weights } = decodePosting(encodePosting(list));
        const sorted = [...list].sort((a, b) => a[0] - b[0]);
        expect([...refs]).toEqual(sorted.map(([ref]) => ref));
        sorted.forEach(([, weight], i) =>
          expect(Math.abs((weights[i] ?? -1) - weight)).toBeLessThanOrEqual(0.5 / WEIGHT_SCALE + 1e-6),
        );
      }),
    );
  });

  it('writes a short text posting and never throws on damaged text', () => {
    expect(
      encodePosting([
        [40, 1.5],
        [3, 0.25],
      ]),
    ).toBe('3 p 11 46');
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        const { refs, weights } = decodePosting(text);
        expect(refs.length).toBe(weights.length);
      }),
    );
  });
});
