/** A place in the reader, as encoded in the URL hash. */
export type Route =
  | { name: 'home' }
  | { name: 'doc'; id: string; anchor?: string }
  | { name: 'term'; id: string }
  | { name: 'search'; query: string };

/** Parses a location hash (`#/doc/<id>/<anchor>`, `#/term/<id>`, `#/search?q=`) into a route. */
export function parseRoute(hash: string): Route {
  const [path = '', queryString = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts[0] === 'doc' && parts[1]) return parts[2] ? { name: 'doc', id: parts[1], anchor: parts[2] } : { name: 'doc', id: parts[1] };
  if (parts[0] === 'term' && parts[1]) return { name: 'term', id: parts[1] };
  if (parts[0] === 'search') return { name: 'search', query: new URLSearchParams(queryString).get('q') ?? '' };
  return { name: 'home' };
}

/** The hash of a search route. */
export function searchHref(query: string): string {
  return `#/search?${new URLSearchParams({ q: query }).toString()}`;
}
