import type { SiteHeaderPlan } from '../site-headers';

/**
 * A `_headers` file for static hosts that read one (Netlify, Cloudflare Pages). These hosts join the values of a header
 * set by two matching rules, so Cache-Control is set only on paths no other Cache-Control rule matches.
 */
export function staticHostHeaders(plan: SiteHeaderPlan): string {
  const base = plan.basePath;
  const rule = (path: string, headers: [string, string][]) => [
    path,
    ...headers.map(([name, value]) => `  ${name}: ${value}`),
  ];
  const revalidate: [string, string][] = [['Cache-Control', plan.revalidateCacheControl]];
  const immutable: [string, string][] = [['Cache-Control', plan.immutableCacheControl]];
  return [
    '# EU Police Cooperation Reference, static export: headers for static hosts (copy into the published folder).',
    '# Written by npm run export:static; the header values are those of npm run serve.',
    ...rule(`${base}*`, Object.entries(plan.security)),
    ...rule(base, revalidate),
    ...rule(`${base}index.html`, revalidate),
    ...rule(`${base}bundle/manifest.json`, revalidate),
    ...rule(`${base}assets/*`, immutable),
    ...rule(`${base}bundle/:folder/*`, immutable),
    '',
  ].join('\n');
}
