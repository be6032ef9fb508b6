import { quotedSecurityHeaders, type SiteHeaderPlan } from '../site-headers';

/** Where and how nginx serves the site. */
export interface NginxSite {
  /** The folder holding the exported `site/` files on the server (no trailing slash). */
  webRoot: string;
  /** What follows nginx's `listen`: a port (`8080`) or an address and port (`127.0.0.1:8080`). */
  listen: string;
  /** False for nginx builds without `ngx_http_brotli_static_module` (the official container images): gzip only. */
  brotli: boolean;
}

/**
 * An nginx configuration for the `http {}` context (Debian: /etc/nginx/conf.d/polcoop.conf): a `map` choosing
 * Cache-Control by path and a `server` serving the precompressed siblings, GET and HEAD only, no directory listings.
 */
export function nginxConf(plan: SiteHeaderPlan, site: NginxSite): string {
  const base = plan.basePath;
  const headers = [...quotedSecurityHeaders(plan), ['Cache-Control', '$polcoop_cache_control'] as [string, string]];
  const lines = [
    '# EU Police Cooperation Reference, static export: nginx, in the http {} context.',
    '# Written by npm run export:static; the header values are those of npm run serve.',
    `# brotli_static needs libnginx-mod-http-brotli-static (Debian) or ngx_brotli.`,
    'map $uri $polcoop_cache_control {',
    `    default "${plan.revalidateCacheControl}";`,
    `    "~^${base}${plan.immutablePath}$" "${plan.immutableCacheControl}";`,
    '}',
    '',
    'server {',
    `    listen ${site.listen};`,
    '    server_tokens off;',
    '    autoindex off;',
    '    etag on;',
    '    gzip_static on;',
    ...(site.brotli ? ['    brotli_static on;'] : []),
    '    gzip_vary on;',
    '    charset utf-8;',
    '    charset_types text/css text/javascript application/javascript application/json image/svg+xml;',
    // At server level, so that every location, and every error it answers, inherits them (a location's own add_header would not).
    ...headers.map(([name, value]) => `    add_header ${name} ${value} always;`),
    ...(base === '/'
      ? []
      : [`    location = ${base.slice(0, -1)} { return 301 ${base}; }`, '    location / { return 404; }']),
    `    location ${base} {`,
    `        ${base === '/' ? 'root' : 'alias'} ${site.webRoot}/;`,
    '        index index.html;',
    '        limit_except GET { deny all; }',
    '    }',
    '}',
    '',
  ];
  return lines.join('\n');
}
