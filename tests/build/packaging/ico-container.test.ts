import { describe, expect, it } from 'vitest';
import { encodeIco } from '../../../build/packaging/ico-container';
import { fakePng } from './fake-png';

describe('encodeIco', () => {
  it('writes a directory whose entries point at each PNG, 256 px stored as 0', () => {
    const images = [16, 48, 256].map((size) => ({ size, png: fakePng(size) }));
    const ico = encodeIco(images);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    images.forEach((image, index) => {
      const entry = 6 + index * 16;
      expect(ico.readUInt8(entry)).toBe(image.size === 256 ? 0 : image.size);
      expect(ico.readUInt16LE(entry + 6)).toBe(32);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(ico.subarray(offset, offset + length)).toEqual(image.png);
    });
  });

  it('refuses an image whose PNG is not the declared size, an oversized one, non-PNG bytes and an empty set', () => {
    expect(() => encodeIco([{ size: 32, png: fakePng(16) }])).toThrow('declared as 32x32 is 16x16');
    expect(() => encodeIco([{ size: 512, png: fakePng(512) }])).toThrow('at most 256px');
    expect(() => encodeIco([{ size: 16, png: Buffer.from('GIF89a-not-a-png-at-all') }])).toThrow('not a PNG');
    expect(() => encodeIco([])).toThrow('at least one image');
  });
});
