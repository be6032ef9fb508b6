import { describe, expect, it } from 'vitest';
import { deepLinkFromArgv, parseDeepLink } from '../../electron/deep-link';

describe('deep links', () => {
  it.each([
    ['polcoop://instrument/prum-decision-2008-615', '#/doc/prum-decision-2008-615'],
    ['polcoop://instrument/prum-decision-2008-615/', '#/doc/prum-decision-2008-615'],
    [
      'polcoop://instrument/info-exchange-directive-2023-977/how-it-relates-to-other-instruments',
      '#/doc/info-exchange-directive-2023-977/how-it-relates-to-other-instruments',
    ],
    ['polcoop://doc/europol', '#/doc/europol'],
    ['POLCOOP://INSTRUMENT/europol', '#/doc/europol'],
    ['polcoop://term/framework-decision', '#/term/framework-decision'],
    ['polcoop://search?q=Swedish%20Initiative', '#/search?q=Swedish+Initiative'],
    ['polcoop://glossary', '#/glossary'],
    ['polcoop://bookmarks/', '#/bookmarks'],
    ['polcoop://about', '#/about'],
  ])('routes %s to %s', (link, hash) => {
    expect(parseDeepLink(link)).toEqual({ ok: true, hash });
  });

  it.each([
    'https://instrument/europol',
    'app://polcoop/index.html',
    'javascript:alert(1)//polcoop://instrument/x',
    'polcoop:instrument/europol',
    'polcoop://instrument/',
    'polcoop://instrument/Europol',
    'polcoop://instrument/../../etc/passwd',
    'polcoop://instrument/%2e%2e%2fsecret',
    'polcoop://instrument/europol%00',
    'polcoop://instrument/euro%20pol',
    'polcoop://instrument/a/b/c',
    'polcoop://instrument/europol/<script>',
    'polcoop://instrument/europol?x=1',
    'polcoop://instrument/europol#frag',
    'polcoop://user:pw@instrument/europol',
    'polcoop://instrument:8080/europol',
    'polcoop://term/a--b',
    'polcoop://search?q=a&x=1',
    'polcoop://search',
    'polcoop://search?q=%00',
    `polcoop://search?q=${'a'.repeat(201)}`,
    'polcoop://settings',
    'polcoop://glossary/extra',
    'polcoop://__proto__/x',
    `polcoop://instrument/${'a'.repeat(600)}`,
    'not a link',
  ])('refuses %s', (link) => {
    const result = parseDeepLink(link);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(3);
  });

  it('finds the deep link on a command line', () => {
    expect(deepLinkFromArgv(['/opt/polcoop/polcoop', '--flag', 'polcoop://term/sirene'])).toBe('polcoop://term/sirene');
    expect(deepLinkFromArgv(['/opt/polcoop/polcoop', '.'])).toBeUndefined();
  });
});
