import type { SearchDoc, SearchKind } from '../../content/model/search-index-schema';
import type { Standing } from '../../content/model/standing';
import type { Status } from '../../content/model/status';
import type { FacetCounts, SearchFilters } from './facets';
import type { Snippet } from './snippet';

/** One ranked result: a document with its best passage. */
export interface SearchResult {
  kind: SearchKind;
  id: string;
  title: string;
  shortName: string;
  celex?: string;
  status?: Status;
  /** Where the document stands on the content date, for its badge. */
  standing?: Standing;
  headingPath: string[];
  anchor: string;
  score: number;
  snippet: Snippet;
  doc: SearchDoc;
}

/** Options of one search. */
export interface SearchOptions {
  /** Most results returned (default 20, at most 200). */
  limit?: number;
  /** Facet filters chosen in the interface, on top of any written in the query. */
  filters?: SearchFilters;
  /** True while the user is still typing: the last word is completed as a prefix. */
  typing?: boolean;
}

/** The answer to one search. */
export interface SearchResponse {
  results: SearchResult[];
  facets: FacetCounts;
  /** Matching documents after filters, before the limit. */
  total: number;
}

/** A loaded, ready-to-query search engine. */
export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchResponse;
}
