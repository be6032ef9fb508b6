import { readFile, stat } from 'node:fs/promises';
import { APP_HOST } from './app-origin';
import { containedPath } from './contained-path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { mimeTypeOf } from './mime-types';

/** Where the app's files come from. */
export interface AppRoots {
  rendererDir: string;
  bundleDir: string;
  /** Verified local packs (LocalContentDirectory), served under /local/; none when absent. */
  localDir?: string | null;
  /** True when no bundle passed verification: /bundle/ then answers 404. */
  refuseBundle?: boolean;
  /** Pages the shell generates (such as the bundle error page), by URL path. */
  pages?: Readonly<Record<string, string>>;
}

function respond(
  status: number,
  body: ConstructorParameters<typeof Response>[0],
  type = 'text/plain; charset=utf-8',
): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

/**
 * Serves the renderer, and the bundle under /bundle/, contained to their folders.
 * `host` is the only host answered (app://polcoop/ in the shell); `null` answers any host (loopback transports).
 */
export function createAppRequestHandler(
  roots: () => AppRoots,
  host: string | null = APP_HOST,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (host !== null && url.host !== host) return respond(404, 'not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'method not allowed');
    const { rendererDir, bundleDir, localDir, pages, refuseBundle } = roots();
    const page = pages && Object.hasOwn(pages, url.pathname) ? pages[url.pathname] : undefined;
    if (page !== undefined) return respond(200, request.method === 'HEAD' ? null : page, 'text/html; charset=utf-8');
    const isBundle = url.pathname.startsWith('/bundle/');
    const isLocal = url.pathname.startsWith('/local/');
    if ((isBundle && refuseBundle) || (isLocal && !localDir)) return respond(404, 'not found');
    const [root, path] = isBundle
      ? [bundleDir, url.pathname.slice('/bundle'.length)]
      : isLocal && localDir
        ? [localDir, url.pathname.slice('/local'.length)]
        : [rendererDir, url.pathname === '/' ? '/index.html' : url.pathname];
    const file = containedPath(root, path);
    if (!file) return respond(404, 'not found');
    try {
      if (!(await stat(file)).isFile()) return respond(404, 'not found');
      return respond(200, request.method === 'HEAD' ? null : await readFile(file), mimeTypeOf(file));
    } catch {
      // Gone or unreadable between the containment check and the read: still an answer with the CSP.
      return respond(404, 'not found');
    }
  };
}
