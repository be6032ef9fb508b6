import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { chooseContentCoding, type ContentCoding } from './accept-encoding';
import { cacheControlFor } from './cache-policy';
import { SECURITY_HEADERS } from './security-headers';
import type { StaticFiles } from './static-files';

/** The two folders the web edition serves: the renderer at /, the bundle at /bundle/. */
export interface SiteRoots {
  rendererDir: string;
  bundleDir: string;
}

const ALLOWED_METHODS = 'GET, HEAD';

/** Refuses CONNECT, which Node hands to a separate event instead of the request handler. */
export function refuseTunnel(_req: IncomingMessage, socket: Duplex): void {
  socket.end(
    `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOWED_METHODS}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
  );
}

function sendError(res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  const body = `${message}\n`;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function etagOf(hash: string, coding: ContentCoding | undefined): string {
  // A strong ETag names one representation, so each content coding gets its own (RFC 9110 §8.8.3).
  return coding === undefined ? `"${hash}"` : `"${hash}-${coding}"`;
}

function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function locate(roots: SiteRoots, path: string): { root: string; path: string } {
  if (path === '/bundle' || path.startsWith('/bundle/'))
    return { root: roots.bundleDir, path: path.slice('/bundle'.length) };
  return { root: roots.rendererDir, path: path === '/' ? '/index.html' : path };
}

/** Answers GET and HEAD for contained files of the site with caching, compression and security headers; nothing else. */
export function createRequestHandler(
  roots: SiteRoots,
  files: StaticFiles,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendError(res, 405, 'method not allowed', { Allow: ALLOWED_METHODS });
    const target = req.url ?? '';
    // Only origin-form targets ("/path?query"); absolute-form and "*" have no business here.
    if (!target.startsWith('/')) return sendError(res, 400, 'bad request');
    const urlPath = target.split('?', 1)[0] ?? '';
    const { root, path } = locate(roots, urlPath);
    let file;
    try {
      file = await files.lookup(root, path);
    } catch (error) {
      console.error(`web edition: cannot read ${urlPath}: ${(error as Error).message}`);
      return sendError(res, 500, 'internal error');
    }
    if (file === undefined) return sendError(res, 404, 'not found');
    const codings = Object.keys(file.variants) as ContentCoding[];
    const coding = chooseContentCoding(req.headers['accept-encoding'], codings);
    const etag = etagOf(file.hash, coding);
    const headers: Record<string, string | number> = {
      ...SECURITY_HEADERS,
      ETag: etag,
      'Cache-Control': cacheControlFor(urlPath),
    };
    if (codings.length > 0) headers.Vary = 'Accept-Encoding';
    if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const body = coding === undefined ? file.body : (file.variants[coding] ?? file.body);
    headers['Content-Type'] = file.mimeType;
    headers['Content-Length'] = body.length;
    if (coding !== undefined) headers['Content-Encoding'] = coding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
