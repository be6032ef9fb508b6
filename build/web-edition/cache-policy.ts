/** Vite names built assets `name-<hash>.ext`, so their content never changes under the same URL. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** Cache-Control for a served URL path: hashed assets forever, everything else (index.html, the bundle) revalidated by ETag. */
export function cacheControlFor(urlPath: string): string {
  return HASHED_ASSET.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
