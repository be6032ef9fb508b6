import { idSchema } from '../content/model/identifiers';

/** The OS-level scheme of deep links such as polcoop://instrument/<id>. */
export const DEEP_LINK_SCHEME = 'polcoop';

/** A deep link turned into a route hash of the reader, or the reason it was refused. */
export type DeepLink = { ok: true; hash: string } | { ok: false; reason: string };

const MAX_LENGTH = 512;
const ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VIEWS = new Set(['glossary', 'bookmarks', 'about', 'timeline', 'whats-new']);

function refuse(reason: string): DeepLink {
  return { ok: false, reason };
}

function isId(value: string | undefined): value is string {
  return value !== undefined && idSchema.safeParse(value).success;
}

/**
 * Validates a deep link from the OS and maps it onto the reader's routes:
 * polcoop://instrument/<id>[/<anchor>] and polcoop://doc/<id>[/<anchor>], polcoop://term/<id>,
 * polcoop://search?q=<words>, and polcoop://glossary, bookmarks, about, timeline, whats-new.
 */
export function parseDeepLink(link: string): DeepLink {
  if (link.length > MAX_LENGTH) return refuse('too long');
  // URL parsing would quietly resolve dot segments; a link that needs them is not one we made.
  if (/\/\.{1,2}(?=[/?#]|$)/.test(link)) return refuse('dot segments are not allowed');
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return refuse('not a URL');
  }
  if (url.protocol !== `${DEEP_LINK_SCHEME}:`) return refuse(`not a ${DEEP_LINK_SCHEME}: link`);
  if (url.username || url.password || url.port || url.hash)
    return refuse('credentials, port or fragment are not allowed');
  const kind = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').slice(1);
  if (parts.at(-1) === '') parts.pop();
  if (kind !== 'search' && url.search) return refuse('a query is allowed only on search links');
  switch (kind) {
    case 'instrument':
    case 'doc': {
      const [id, anchor, ...rest] = parts;
      if (!isId(id) || rest.length > 0) return refuse('expected polcoop://instrument/<id>');
      if (anchor === undefined) return { ok: true, hash: `#/doc/${id}` };
      return ANCHOR.test(anchor) ? { ok: true, hash: `#/doc/${id}/${anchor}` } : refuse('bad heading anchor');
    }
    case 'term': {
      const [id, ...rest] = parts;
      return isId(id) && rest.length === 0
        ? { ok: true, hash: `#/term/${id}` }
        : refuse('expected polcoop://term/<id>');
    }
    case 'search': {
      const keys = [...url.searchParams.keys()];
      const query = url.searchParams.get('q');
      if (parts.length > 0 || keys.length !== 1 || keys[0] !== 'q' || query === null)
        return refuse('expected polcoop://search?q=<words>');
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
      if (query.length > 200 || /[\u0000-\u001f\u007f]/.test(query)) return refuse('bad search words');
      return { ok: true, hash: `#/search?${new URLSearchParams({ q: query }).toString()}` };
    }
    default:
      if (VIEWS.has(kind) && parts.length === 0) return { ok: true, hash: `#/${kind}` };
      return refuse(`unknown link kind ${JSON.stringify(kind.slice(0, 40))}`);
  }
}

/** The first deep link on a command line (Windows and Linux pass it as an argument), if any. */
export function deepLinkFromArgv(argv: readonly string[]): string | undefined {
  return argv.find((arg) => arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`));
}
