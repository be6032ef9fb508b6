import { bundleFolder } from '../bundle/bundle-folder';
import { createSearchClient, type SearchClient } from './search-client';
import type { SearchReply } from './search-protocol';

let shared: SearchClient | undefined;

/** The app's one search worker, started on first use; the index URL is resolved against the page, not the worker script. */
export function sharedSearchClient(): SearchClient {
  if (!shared) {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    shared = createSearchClient(
      {
        postMessage: (message) => worker.postMessage(message),
        onReply: (listener) =>
          worker.addEventListener('message', (event: MessageEvent<SearchReply>) => listener(event.data)),
      },
      new URL(`${bundleFolder()}search-index.json`, document.baseURI).href,
    );
  }
  return shared;
}
