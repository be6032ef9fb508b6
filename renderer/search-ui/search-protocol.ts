import type { SearchOptions, SearchResponse } from '../search/search-types';

/** A message the page sends the search worker. */
export type SearchRequest =
  | { type: 'load'; indexUrl: string }
  /** A local pack's index (LocalContentDirectory), searched beside the official one from the next search on. */
  | { type: 'add'; indexUrl: string }
  | { type: 'search'; id: number; query: string; options: SearchOptions };

/** A message the search worker sends back. */
export type SearchReply =
  | { type: 'ready'; documents: number }
  | { type: 'load-failed'; message: string }
  | { type: 'results'; id: number; response: SearchResponse }
  | { type: 'search-failed'; id: number; message: string };
