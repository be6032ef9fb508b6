/** The schemes that would leave the machine (and file://, which would read outside the app); every session cancels them. */
const BLOCKED_SCHEMES = ['http', 'https', 'ws', 'wss', 'ftp', 'file'] as const;

/** webRequest filter patterns for the blocked schemes. */
export const BLOCKED_URL_PATTERNS = BLOCKED_SCHEMES.map((scheme) =>
  scheme === 'file' ? 'file:///*' : `${scheme}://*/*`,
);

/** True when a request to this URL must be cancelled; a URL that does not parse is cancelled too. */
export function isBlockedUrl(url: string): boolean {
  try {
    return (BLOCKED_SCHEMES as readonly string[]).includes(new URL(url).protocol.slice(0, -1));
  } catch {
    return true;
  }
}

/** A URL reduced to scheme and host for the log: paths and queries may carry what a user typed or searched. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}/…` : `${parsed.protocol}…`;
  } catch {
    return '(unparsable URL)';
  }
}
