import type { SearchDoc, SearchKind } from '../../content/model/search-index-schema';
import type { Standing } from '../../content/model/standing';
import type { Status } from '../../content/model/status';
import type { DirectAnswer } from './direct-answer';
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
  /** True to search the words as typed, without correcting misspelt ones ("search instead for ..."). */
  verbatim?: boolean;
}

/** How a query was corrected: each misspelt word and the word searched for instead. */
export interface QueryCorrection {
  /** The query with every correction made, as shown in "Showing results for ...". */
  query: string;
  words: { from: string; to: string }[];
}

/** The answer to one search. */
export interface SearchResponse {
  results: SearchResult[];
  facets: FacetCounts;
  /** Matching documents after filters, before the limit. */
  total: number;
  /** The answer to a time-limit, status or "what replaced" question, when structured content holds it. */
  answer?: DirectAnswer;
  /** Set when misspelt words were corrected. */
  correction?: QueryCorrection;
}

/** A loaded, ready-to-query search engine. */
export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchResponse;
}
