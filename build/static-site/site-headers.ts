import { CONTENT_SECURITY_POLICY } from '../../electron/content-security-policy';
import { IMMUTABLE_CACHE_CONTROL, IMMUTABLE_PATH, REVALIDATE_CACHE_CONTROL } from '../web-edition/cache-policy';
import { SECURITY_HEADERS } from '../web-edition/security-headers';

/**
 * What every header kit of a static export sets, from the same values as the Node server: one place, so the nginx,
 * Caddy, Apache, static-host and Kubernetes kits cannot drift apart from each other or from `npm run serve`.
 */
export interface SiteHeaderPlan {
  /** The URL path the site is served under, with a slash at each end: `/` or `/polcoop/`. */
  basePath: string;
  /** Sent with every response, errors included (the CSP with `frame-ancestors 'none'`, which only a header can carry). */
  security: Readonly<Record<string, string>>;
  /** A regular expression source for the content-addressed paths below the base path (no anchors, no leading slash). */
  immutablePath: string;
  immutableCacheControl: string;
  revalidateCacheControl: string;
}

/** The header plan for a site served under `basePath`. */
export function siteHeaderPlan(basePath: string): SiteHeaderPlan {
  return {
    basePath,
    security: SECURITY_HEADERS,
    immutablePath: IMMUTABLE_PATH,
    immutableCacheControl: IMMUTABLE_CACHE_CONTROL,
    revalidateCacheControl: REVALIDATE_CACHE_CONTROL,
  };
}

/** Directives a `<meta http-equiv>` CSP cannot carry: browsers ignore them there (CSP Level 3, §3.3). */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The desktop CSP as a `<meta>` fallback for hosts that cannot set headers: the header-only directives left out. */
export function metaContentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !HEADER_ONLY_DIRECTIVES.has(directive.split(/\s+/, 1)[0] ?? ''))
    .join('; ');
}

/** The header names and values as `[name, value]` pairs, quoted for configuration files that use double quotes. */
export function quotedSecurityHeaders(plan: SiteHeaderPlan): [string, string][] {
  return Object.entries(plan.security).map(([name, value]) => {
    if (value.includes('"') || /[\r\n]/.test(value))
      throw new Error(`header ${name} cannot be written into a configuration file: ${value}`);
    return [name, `"${value}"`];
  });
}
