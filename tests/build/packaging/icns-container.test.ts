import { describe, expect, it } from 'vitest';
import { encodeIcns, ICNS_TYPES } from '../../../build/packaging/icns-container';
import { pngDimensions } from '../../../build/packaging/png-dimensions';
import { fakePng } from './fake-png';

describe('encodeIcns', () => {
  it('writes the icns header with the total length, then type, length and PNG per element', () => {
    const images = ICNS_TYPES.map(({ type, size }) => ({ type, size, png: fakePng(size) }));
    const icns = encodeIcns(images);
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    let offset = 8;
    for (const image of images) {
      expect(icns.toString('ascii', offset, offset + 4)).toBe(image.type);
      const length = icns.readUInt32BE(offset + 4);
      expect(pngDimensions(icns.subarray(offset + 8, offset + length)).width).toBe(image.size);
      offset += length;
    }
    expect(offset).toBe(icns.length);
  });

  it('refuses an unknown type and a size that does not fit the type', () => {
    expect(() => encodeIcns([{ type: 'zzzz', size: 16, png: fakePng(16) }])).toThrow('unknown .icns type');
    expect(() => encodeIcns([{ type: 'ic10', size: 512, png: fakePng(512) }])).toThrow('holds 1024px images');
  });
});
