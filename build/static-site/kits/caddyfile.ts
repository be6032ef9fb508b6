import { quotedSecurityHeaders, type SiteHeaderPlan } from '../site-headers';

/** Where Caddy serves the site: the folder holding the exported `site/` files, and the port (plain HTTP; put TLS in front or change the address). */
export interface CaddySite {
  webRoot: string;
  port: number;
  /** The one address to listen on; every interface when left out. */
  bind?: string;
}

/**
 * A Caddyfile serving the site with its precompressed siblings (`file_server { precompressed br gzip }`). The headers
 * are set for the whole site, before any handler, so that errors (a 404 outside the base path) carry them too.
 */
export function caddyfile(plan: SiteHeaderPlan, site: CaddySite): string {
  const base = plan.basePath;
  const immutable = `^${base}${plan.immutablePath}$`;
  const files = [
    '@unsafe not method GET HEAD',
    'respond @unsafe 405',
    `root * ${site.webRoot}`,
    'file_server {',
    '    precompressed br gzip',
    '}',
  ];
  const indent = (lines: string[], by: string) => lines.map((line) => `${by}${line}`);
  const handlers =
    base === '/'
      ? ['handle {', ...indent(files, '    '), '}']
      : [
          `redir ${base.slice(0, -1)} ${base}`,
          `handle_path ${base}* {`,
          ...indent(files, '    '),
          '}',
          'handle {',
          '    respond 404',
          '}',
        ];
  const body = [
    ...(site.bind === undefined ? [] : [`bind ${site.bind}`]),
    'header {',
    ...quotedSecurityHeaders(plan).map(([name, value]) => `    ${name} ${value}`),
    '}',
    `@immutable path_regexp ${immutable}`,
    `@revalidate not path_regexp ${immutable}`,
    `header @immutable Cache-Control "${plan.immutableCacheControl}"`,
    `header @revalidate Cache-Control "${plan.revalidateCacheControl}"`,
    ...handlers,
  ];
  return [
    '# EU Police Cooperation Reference, static export: Caddy (caddy run --config Caddyfile).',
    '# Written by npm run export:static; the header values are those of npm run serve.',
    '{',
    '    admin off',
    '}',
    '',
    `http://:${site.port} {`,
    ...indent(body, '    '),
    '}',
    '',
  ].join('\n');
}
