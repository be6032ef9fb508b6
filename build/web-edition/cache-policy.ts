/**
 * Paths under the site root whose bytes never change under the same URL, as a regular expression source shared by
 * the Node server and every header kit of the static export (PCRE, RE2 and JavaScript read it alike): Vite's hashed
 * assets (`assets/name-<hash>.ext`) and the static export's content-addressed bundle folder (`bundle/<16 hex>/`).
 */
export const IMMUTABLE_PATH = String.raw`(?:assets/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+|bundle/[0-9a-f]{16}/[^/]+)`;

/** Cache-Control for content-addressed files: kept for a year and never revalidated. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Cache-Control for entry points (index.html, the bundle's own names): revalidated by ETag on every use. */
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

const IMMUTABLE_URL_PATH = new RegExp(`^/${IMMUTABLE_PATH}$`);

/** Cache-Control for a served URL path: content-addressed files forever, everything else revalidated by ETag. */
export function cacheControlFor(urlPath: string): string {
  return IMMUTABLE_URL_PATH.test(urlPath) ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL;
}
