import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressedVariants, isCompressible } from '../../../build/web-edition/compressed-variants';

describe('compressedVariants', () => {
  it('makes brotli and gzip copies of text that decode to the original and are smaller', async () => {
    const body = Buffer.from(
      JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, title: `Document ${i}` }))),
    );
    const variants = await compressedVariants(body, 'application/json; charset=utf-8');
    expect(brotliDecompressSync(variants.br!).equals(body)).toBe(true);
    expect(gunzipSync(variants.gzip!).equals(body)).toBe(true);
    expect(variants.br!.length).toBeLessThan(body.length);
    expect(variants.gzip!.length).toBeLessThan(body.length);
  });

  it('keeps no copy that would be larger than the body', async () => {
    expect(await compressedVariants(Buffer.from('x'), 'text/plain; charset=utf-8')).toEqual({});
    expect(await compressedVariants(Buffer.alloc(0), 'text/plain; charset=utf-8')).toEqual({});
  });

  it('leaves binary types alone', async () => {
    expect(await compressedVariants(Buffer.alloc(4096), 'image/png')).toEqual({});
  });

  it.each([
    ['text/html; charset=utf-8', true],
    ['text/css; charset=utf-8', true],
    ['text/javascript; charset=utf-8', true],
    ['application/json; charset=utf-8', true],
    ['image/svg+xml', true],
    ['image/png', false],
    ['font/woff2', false],
    ['application/octet-stream', false],
  ])('isCompressible(%s) is %s', (type, expected) => {
    expect(isCompressible(type)).toBe(expected);
  });
});
