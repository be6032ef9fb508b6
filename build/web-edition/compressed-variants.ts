import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { ContentCoding } from './accept-encoding';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Compressed copies of a body, kept only where they are smaller than the original. */
export type CompressedVariants = Partial<Record<ContentCoding, Buffer>>;

/** True for MIME types worth compressing: text, JSON, JavaScript and SVG (images and fonts are compressed already). */
export function isCompressible(mimeType: string): boolean {
  return /^text\/|^application\/(json|javascript)|^image\/svg\+xml/.test(mimeType);
}

/** Compresses a body once at the highest levels, since each copy is cached and served many times. */
export async function compressedVariants(body: Buffer, mimeType: string): Promise<CompressedVariants> {
  if (!isCompressible(mimeType) || body.length === 0) return {};
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const variants: CompressedVariants = {};
  if (br.length < body.length) variants.br = br;
  if (gz.length < body.length) variants.gzip = gz;
  return variants;
}
