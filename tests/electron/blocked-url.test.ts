import { describe, expect, it } from 'vitest';
import { BLOCKED_URL_PATTERNS, isBlockedUrl, redactUrl } from '../../electron/blocked-url';

describe('blocked URLs', () => {
  it.each([
    'http://example.org/',
    'https://eur-lex.europa.eu/x?q=1',
    'ws://127.0.0.1:9/',
    'wss://x.test/s',
    'ftp://files.test/a',
    'file:///etc/passwd',
    'HTTPS://EXAMPLE.ORG',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isBlockedUrl(url)).toBe(true);
  });

  it.each([
    'app://polcoop/index.html',
    'data:image/png;base64,AA',
    'blob:app://polcoop/1',
    'devtools://devtools/bundled/x',
  ])('lets %s through', (url) => {
    expect(isBlockedUrl(url)).toBe(false);
  });

  it('has a webRequest pattern for every blocked scheme', () => {
    expect(BLOCKED_URL_PATTERNS).toEqual([
      'http://*/*',
      'https://*/*',
      'ws://*/*',
      'wss://*/*',
      'ftp://*/*',
      'file:///*',
    ]);
  });

  it('keeps only scheme and host for the log', () => {
    expect(redactUrl('https://user:pw@example.org/search?q=John+Smith')).toBe('https://example.org/…');
    expect(redactUrl('file:///home/anna/x')).toBe('file:…');
    expect(redactUrl('::')).toBe('(unparsable URL)');
  });
});
