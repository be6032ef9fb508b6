import { createContext, useContext } from 'react';
import type { SearchClient } from './search-client';
import { sharedSearchClient } from './shared-search-client';

/** Where search components get their client: the app's worker by default, an in-process one in tests. */
export const SearchClientContext = createContext<() => SearchClient>(sharedSearchClient);

/** The search client of the surrounding context, started on first call. */
export function useSearchClient(): SearchClient {
  return useContext(SearchClientContext)();
}
