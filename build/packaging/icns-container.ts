import { assertSquarePng } from './square-png';

/** One `.icns` element: its four-letter type and the PNG it holds. */
export interface IcnsImage {
  type: string;
  size: number;
  png: Buffer;
}

/** The PNG-carrying `.icns` types macOS 10.7+ reads, with their pixel size (the @2x types hold double the point size). */
export const ICNS_TYPES: ReadonlyArray<{ type: string; size: number }> = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 },
  { type: 'ic11', size: 32 },
  { type: 'ic12', size: 64 },
  { type: 'ic13', size: 256 },
  { type: 'ic14', size: 512 },
];

const ELEMENT_HEADER_BYTES = 8;

/** Packs PNG images into a macOS `.icns`: a big-endian `icns` header, then type, length and PNG per element. */
export function encodeIcns(images: readonly IcnsImage[]): Buffer {
  if (images.length === 0) throw new Error('an .icns needs at least one image');
  const elements = images.map((image) => {
    const expected = ICNS_TYPES.find((known) => known.type === image.type);
    if (!expected) throw new Error(`unknown .icns type "${image.type}"`);
    if (expected.size !== image.size)
      throw new Error(`.icns type ${image.type} holds ${expected.size}px images, got ${image.size}px`);
    assertSquarePng(image);
    const header = Buffer.alloc(ELEMENT_HEADER_BYTES);
    header.write(image.type, 0, 'ascii');
    header.writeUInt32BE(ELEMENT_HEADER_BYTES + image.png.length, 4);
    return Buffer.concat([header, image.png]);
  });
  const header = Buffer.alloc(ELEMENT_HEADER_BYTES);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(ELEMENT_HEADER_BYTES + elements.reduce((total, element) => total + element.length, 0), 4);
  return Buffer.concat([header, ...elements]);
}
