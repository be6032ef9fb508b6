import { assertSquarePng, type SquarePng } from './square-png';

const HEADER_BYTES = 6;
const ENTRY_BYTES = 16;
const ICON_TYPE = 1;
const MAX_ICO_SIZE = 256;

/** Packs PNG images into a Windows `.ico` (PNG-compressed entries, as Windows Vista and later read them). */
export function encodeIco(images: readonly SquarePng[]): Buffer {
  if (images.length === 0) throw new Error('an .ico needs at least one image');
  for (const image of images) {
    assertSquarePng(image);
    if (image.size > MAX_ICO_SIZE)
      throw new Error(`an .ico entry can be at most ${MAX_ICO_SIZE}px, got ${image.size}px`);
  }
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(ICON_TYPE, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = HEADER_BYTES + ENTRY_BYTES * images.length;
  const entries = images.map((image) => {
    const entry = Buffer.alloc(ENTRY_BYTES);
    // A width or height byte of 0 means 256 pixels.
    entry.writeUInt8(image.size % MAX_ICO_SIZE, 0);
    entry.writeUInt8(image.size % MAX_ICO_SIZE, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(image.png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += image.png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}
