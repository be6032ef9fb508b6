import { afterAll, beforeAll } from 'vitest';
import { startWebServer, type WebServer } from '../../../build/web-edition/web-server';
import { createSiteFixture, type SiteFixture } from './site-fixture';

/** A site fixture served on loopback for the tests of the surrounding `describe`; read its fields inside tests. */
export interface ServedSite {
  readonly site: SiteFixture;
  /** `http://127.0.0.1:port`, without a trailing slash. */
  readonly origin: string;
}

/** Creates and serves a site fixture before the suite's tests, and stops and removes it after them. */
export function servedSitePerSuite(): ServedSite {
  let site: SiteFixture | undefined;
  let server: WebServer | undefined;
  beforeAll(async () => {
    site = createSiteFixture();
    server = await startWebServer(site.roots, '127.0.0.1', 0);
  });
  afterAll(async () => {
    await server?.close();
    site?.remove();
  });
  const started = () => {
    if (!site || !server) throw new Error('the served site is used outside the suite that starts it');
    return { site, server };
  };
  return {
    get site() {
      return started().site;
    },
    get origin() {
      return started().server.url.replace(/\/$/, '');
    },
  };
}
