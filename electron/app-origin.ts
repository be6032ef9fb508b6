/** The custom scheme and host the app is served from: app://polcoop/. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'polcoop';
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True when a URL belongs to our own app origin (scheme and host compared, since URL.origin is "null" for custom schemes). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
