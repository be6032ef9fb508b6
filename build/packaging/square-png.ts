import { pngDimensions } from './png-dimensions';

/** A square PNG image and its edge length in pixels. */
export interface SquarePng {
  size: number;
  png: Buffer;
}

/** Checks that a PNG really is `size`×`size`, so a container never declares one size and carries another. */
export function assertSquarePng(image: SquarePng): void {
  const { width, height } = pngDimensions(image.png);
  if (width !== image.size || height !== image.size) {
    throw new Error(`icon image declared as ${image.size}x${image.size} is ${width}x${height}`);
  }
}
