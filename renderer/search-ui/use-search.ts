import { useEffect, useState } from 'react';
import type { SearchOptions, SearchResponse } from '../search/search-types';
import { useSearchClient } from './search-client-context';

/** What a view shows of a search: the latest answer (possibly to an earlier query while a newer one runs). */
export interface SearchState {
  /** The query `response` answers. */
  answered: string;
  response: SearchResponse | undefined;
  /** Why the search failed, if it did. */
  error: string | undefined;
  /** True while the answer to the current query is still on its way. */
  pending: boolean;
}

interface Answer {
  key: string;
  answered: string;
  response: SearchResponse | undefined;
  error: string | undefined;
}

const NONE: Answer = { key: '', answered: '', response: undefined, error: undefined };

/** Searches in the worker whenever query or options change (unless `enabled` is false); stale answers never show. */
export function useSearch(channel: string, query: string, options: SearchOptions, enabled = true): SearchState {
  const client = useSearchClient();
  const [answer, setAnswer] = useState<Answer>(NONE);
  const key = JSON.stringify([query, options]);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const [q, o] = JSON.parse(key) as [string, SearchOptions];
    void client.search(channel, q, o).then((outcome) => {
      if (!live || !outcome) return;
      setAnswer(
        outcome.ok
          ? { key, answered: q, response: outcome.response, error: undefined }
          : { key, answered: q, response: undefined, error: outcome.message },
      );
    });
    return () => {
      live = false;
    };
  }, [client, channel, key, enabled]);
  if (!enabled) return { ...NONE, pending: false };
  return { answered: answer.answered, response: answer.response, error: answer.error, pending: answer.key !== key };
}
