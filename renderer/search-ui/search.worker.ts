/// <reference lib="webworker" />
// First, before any module builds a zod schema (see the module).
import '../../content/model/zod-without-eval';
import { formatProblem } from '../../content/model/format-check';
import { SEARCH_INDEX_FORMAT, SEARCH_PASSAGES_FILE } from '../../content/model/formats';
import type { SearchFiles, SearchIndexFile, SearchPassagesFile } from '../../content/model/search-index-schema';
import type { SearchRequest } from './search-protocol';
import { createSearchWorkerHandler } from './search-worker-handler';

declare const self: DedicatedWorkerGlobalScope;

/**
 * Fetches one search file and checks its format. As with the bundle (see loadBundle), the compiler validated the
 * files against their schemas and the server checked their hashes, so the worker does not parse them with zod again.
 */
async function fetchSearchFile(url: string, arrays: readonly string[]): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  const data: unknown = await response.json();
  const problem = formatProblem(data, url, { kind: 'search file', format: SEARCH_INDEX_FORMAT, arrays });
  if (problem !== null) throw new Error(problem);
  return data;
}

/** The index and, from the same folder, the passage texts, fetched side by side. */
async function fetchIndex(url: string): Promise<SearchFiles> {
  const [index, passages] = await Promise.all([
    fetchSearchFile(url, ['docs', 'passages']),
    fetchSearchFile(new URL(SEARCH_PASSAGES_FILE, url).href, ['texts']),
  ]);
  return { index: index as SearchIndexFile, passages: passages as SearchPassagesFile };
}

const handle = createSearchWorkerHandler(fetchIndex, (message) => self.postMessage(message));
self.addEventListener('message', (event: MessageEvent<SearchRequest>) => void handle(event.data));
