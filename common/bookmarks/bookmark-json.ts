import { findForbiddenKey } from './forbidden-keys';
import { readBookmarkDocument } from './bookmark-migrations';
import type { BookmarkDocument } from './bookmark-schema';

function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Reads a bookmark document from JSON text: size limit and forbidden keys for files from elsewhere, then syntax, format,
 * version and schema. The strict schema refuses unknown keys anyway; the key scan is for a clearer message on import.
 */
export function parseBookmarkJson(
  text: string,
  options: { maxBytes?: number; scanKeys?: boolean } = {},
): BookmarkDocument {
  if (options.maxBytes !== undefined) {
    // A UTF-8 character takes 1 to 3 bytes per UTF-16 unit: only count bytes when the length alone cannot decide.
    const size =
      text.length > options.maxBytes
        ? text.length
        : text.length * 3 > options.maxBytes
          ? byteLength(text)
          : text.length;
    if (size > options.maxBytes)
      throw new Error(`the file is ${megabytes(size)}: files over ${megabytes(options.maxBytes)} are refused`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const forbidden = options.scanKeys ? findForbiddenKey(value) : null;
  if (forbidden !== null) throw new Error(`the file contains the forbidden key "${forbidden}"`);
  return readBookmarkDocument(value);
}

/** The JSON text of a document, as stored and exported. */
export function serializeBookmarkDocument(document: BookmarkDocument): string {
  return JSON.stringify(document);
}
