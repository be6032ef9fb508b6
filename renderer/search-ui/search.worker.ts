/// <reference lib="webworker" />
import { searchIndexFileSchema, type SearchIndexFile } from '../../content/model/search-index-schema';
import type { SearchRequest } from './search-protocol';
import { createSearchWorkerHandler } from './search-worker-handler';

declare const self: DedicatedWorkerGlobalScope;

async function fetchIndex(url: string): Promise<SearchIndexFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return searchIndexFileSchema.parse(await response.json());
}

const handle = createSearchWorkerHandler(fetchIndex, (message) => self.postMessage(message));
self.addEventListener('message', (event: MessageEvent<SearchRequest>) => void handle(event.data));
