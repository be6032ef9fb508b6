import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestHandler, refuseTunnel, type SiteRoots } from './request-handler';
import { createStaticFiles } from './static-files';

/** A listening web edition. */
export interface WebServer {
  /** Where a browser on this machine opens it. */
  url: string;
  /** Stops listening and drops idle keep-alive connections, so the process can exit at once. */
  close(): Promise<void>;
}

/** The paths fetched before listening, so the first visitors do not wait for compression. */
const WARM_PATHS = [
  '/index.html',
  '/bundle/bundle.json',
  '/bundle/search-index.json',
  '/bundle/search-passages.json',
  '/bundle/manifest.json',
];

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/`;
}

/** Serves the site read-only with Node's own http server on `host:port` (port 0 picks a free one). */
export async function startWebServer(roots: SiteRoots, host: string, port: number): Promise<WebServer> {
  const files = createStaticFiles();
  await Promise.all(
    WARM_PATHS.map((path) =>
      path.startsWith('/bundle/')
        ? files.lookup(roots.bundleDir, path.slice(7))
        : files.lookup(roots.rendererDir, path),
    ),
  );
  const handle = createRequestHandler(roots, files);
  const server = createServer((req, res) => void handle(req, res));
  server.on('connect', refuseTunnel);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    url: urlOf(server.address() as AddressInfo),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
