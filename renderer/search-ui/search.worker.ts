/// <reference lib="webworker" />
import { SEARCH_PASSAGES_FILE, searchIndexFileSchema, searchPassagesFileSchema, type SearchFiles } from '../../content/model/search-index-schema';
import type { SearchRequest } from './search-protocol';
import { createSearchWorkerHandler } from './search-worker-handler';

declare const self: DedicatedWorkerGlobalScope;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.json();
}

/** The index and, from the same folder, the passage texts, fetched side by side. */
async function fetchIndex(url: string): Promise<SearchFiles> {
  const [index, passages] = await Promise.all([fetchJson(url), fetchJson(new URL(SEARCH_PASSAGES_FILE, url).href)]);
  return { index: searchIndexFileSchema.parse(index), passages: searchPassagesFileSchema.parse(passages) };
}

const handle = createSearchWorkerHandler(fetchIndex, (message) => self.postMessage(message));
self.addEventListener('message', (event: MessageEvent<SearchRequest>) => void handle(event.data));
