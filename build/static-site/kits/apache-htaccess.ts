import { quotedSecurityHeaders, type SiteHeaderPlan } from '../site-headers';

/** Extensions the export writes `.br` and `.gz` siblings for, with the type Apache must keep sending for them. */
const COMPRESSED_TYPES: [string, string][] = [
  ['html', 'text/html; charset=utf-8'],
  ['js', 'text/javascript; charset=utf-8'],
  ['css', 'text/css; charset=utf-8'],
  ['json', 'application/json; charset=utf-8'],
  ['svg', 'image/svg+xml'],
];

/**
 * An Apache `.htaccess` for the site root (mod_headers, mod_rewrite; AllowOverride FileInfo Indexes Options): the same
 * headers, Cache-Control by path, and the precompressed siblings chosen by Accept-Encoding.
 */
export function apacheHtaccess(plan: SiteHeaderPlan): string {
  const extensions = COMPRESSED_TYPES.map(([ext]) => ext).join('|');
  const sibling = (coding: string, suffix: string, token: string) => [
    `    RewriteCond "%{HTTP:Accept-Encoding}" "\\b${token}\\b"`,
    `    RewriteCond "%{REQUEST_FILENAME}\\.${suffix}" -s`,
    `    RewriteRule "^(.+)\\.(${extensions})$" "$1.$2.${suffix}" [L]`,
    ...COMPRESSED_TYPES.map(
      ([ext, type]) =>
        `    RewriteRule "\\.${ext}\\.${suffix}$" "-" [T=${type.replace(/ /g, '')},E=no-gzip:1,E=no-brotli:1,E=polcoop_${coding}:1]`,
    ),
  ];
  return [
    '# EU Police Cooperation Reference, static export: Apache .htaccess for the site root.',
    '# Written by npm run export:static; the header values are those of npm run serve.',
    'Options -Indexes',
    'DirectoryIndex index.html',
    '<LimitExcept GET HEAD>',
    '    Require all denied',
    '</LimitExcept>',
    '<IfModule mod_headers.c>',
    ...quotedSecurityHeaders(plan).map(([name, value]) => `    Header always set ${name} ${value}`),
    `    Header always set Cache-Control "${plan.revalidateCacheControl}"`,
    `    <If "%{REQUEST_URI} =~ m#^${plan.basePath}${plan.immutablePath}$#">`,
    `        Header always set Cache-Control "${plan.immutableCacheControl}"`,
    '    </If>',
    '    Header always set Content-Encoding br env=polcoop_br',
    '    Header always set Content-Encoding gzip env=polcoop_gzip',
    '    Header always merge Vary Accept-Encoding',
    '</IfModule>',
    '<IfModule mod_rewrite.c>',
    '    RewriteEngine On',
    ...sibling('br', 'br', 'br'),
    ...sibling('gzip', 'gz', 'gzip'),
    '</IfModule>',
    '',
  ].join('\n');
}
