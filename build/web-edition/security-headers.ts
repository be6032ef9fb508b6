import { CONTENT_SECURITY_POLICY } from '../../electron/content-security-policy';

/** Headers on every response of the web edition, errors included: the desktop's CSP plus isolation from other origins. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
