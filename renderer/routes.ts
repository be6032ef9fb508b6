import { parseBriefingRequest, type BriefingRequest } from './briefing/briefing-request';

/** A place in the reader, as encoded in the URL hash; every view is deep-linkable. */
export type Route =
  | { name: 'home' }
  | { name: 'doc'; id: string; anchor?: string }
  | { name: 'term'; id: string }
  | { name: 'glossary'; letter?: string }
  | { name: 'search'; query: string; filters: Record<string, string> }
  | { name: 'compare'; ids: string[] }
  | { name: 'border'; from: string; to: string }
  | { name: 'compare-countries'; ids: string[] }
  | { name: 'map'; by?: string }
  | { name: 'timeline' }
  | { name: 'bookmarks' }
  | { name: 'about' }
  | { name: 'whats-new' }
  | { name: 'clock'; state: ClockState }
  | { name: 'briefing'; request: BriefingRequest }
  | { name: 'briefing-pack' };

/** What the deadline clock shows, kept in its URL so it can be bookmarked or shared; every part optional. */
export interface ClockState {
  /** A time limit id. */
  limit?: string;
  /** The start as a local date and time, YYYY-MM-DDTHH:mm, in `zone`. */
  from?: string;
  /** The IANA zone where the clock started. */
  zone?: string;
  /** The other state's IANA zone. */
  other?: string;
}

const CLOCK_KEYS = ['limit', 'from', 'zone', 'other'] as const;

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Parses a location hash such as `#/doc/<id>/<anchor>`, `#/term/<id>` or `#/search?q=` into a route. */
export function parseRoute(hash: string): Route {
  const [path = '', queryString = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodePart);
  const params = new URLSearchParams(queryString);
  switch (parts[0]) {
    case 'doc':
      if (parts[1]) return parts[2] ? { name: 'doc', id: parts[1], anchor: parts[2] } : { name: 'doc', id: parts[1] };
      break;
    case 'term':
      if (parts[1]) return { name: 'term', id: parts[1] };
      break;
    case 'glossary':
      return parts[1] ? { name: 'glossary', letter: parts[1] } : { name: 'glossary' };
    case 'search': {
      const filters: Record<string, string> = {};
      for (const [key, value] of params) if (key !== 'q') filters[key] = value;
      return { name: 'search', query: params.get('q') ?? '', filters };
    }
    case 'compare':
      return { name: 'compare', ids: (params.get('ids') ?? '').split(',').filter(Boolean) };
    case 'compare-countries':
      return { name: 'compare-countries', ids: (params.get('ids') ?? '').split(',').filter(Boolean) };
    case 'border':
      return { name: 'border', from: parts[1] ?? '', to: parts[2] ?? '' };
    case 'map': {
      const by = params.get('by');
      return by ? { name: 'map', by } : { name: 'map' };
    }
    case 'clock':
      return {
        name: 'clock',
        state: Object.fromEntries(
          CLOCK_KEYS.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : [])),
        ) as ClockState,
      };
    case 'briefing':
      return { name: 'briefing', request: parseBriefingRequest(params) };
    case 'briefing-pack':
    case 'timeline':
    case 'bookmarks':
    case 'about':
    case 'whats-new':
      return { name: parts[0] };
  }
  return { name: 'home' };
}

/** The hash of a search route, with optional facet filters. */
export function searchHref(query: string, filters: Record<string, string> = {}): string {
  return `#/search?${new URLSearchParams({ q: query, ...filters }).toString()}`;
}

/** The hash of the compare view for some instruments. */
export function compareHref(ids: string[]): string {
  return `#/compare?ids=${ids.map(encodeURIComponent).join(',')}`;
}

/** The hash of the country comparison for some states. */
export function compareCountriesHref(ids: readonly string[]): string {
  return `#/compare-countries?ids=${ids.map(encodeURIComponent).join(',')}`;
}

/** The hash of the border view between two states; either may be left empty while the reader picks. */
export function borderHref(from: string, to: string): string {
  return `#/border/${encodeURIComponent(from)}/${encodeURIComponent(to)}`;
}

/** The hash of the country map, optionally coloured by one property. */
export function mapHref(by?: string): string {
  return by ? `#/map?by=${encodeURIComponent(by)}` : '#/map';
}

/** The hash of the deadline clock in a given state. */
export function clockHref(state: ClockState = {}): string {
  const query = new URLSearchParams(
    CLOCK_KEYS.flatMap((key) => (state[key] ? [[key, state[key] ?? '']] : [])),
  ).toString();
  return query ? `#/clock?${query}` : '#/clock';
}

/** The hash of the glossary, optionally opened at one letter. */
export function glossaryHref(letter?: string): string {
  return letter ? `#/glossary/${encodeURIComponent(letter)}` : '#/glossary';
}

/** The hash of a view without parameters. */
export function viewHref(name: 'home' | 'timeline' | 'bookmarks' | 'about' | 'whats-new' | 'briefing-pack'): string {
  return name === 'home' ? '#/' : `#/${name}`;
}
