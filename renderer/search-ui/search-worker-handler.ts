import type { SearchFiles } from '../../content/model/search-index-schema';
import { loadSearchEngine, type SearchEngine } from '../search/search-engine';
import type { SearchReply, SearchRequest } from './search-protocol';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface LoadedEngine {
  engine: SearchEngine;
  documents: number;
}

/**
 * The search worker's logic, apart from the worker global so it runs in tests: loads the index once,
 * then answers each search in order; searches sent before the index is ready wait for it.
 */
export function createSearchWorkerHandler(
  loadIndex: (url: string) => Promise<SearchFiles>,
  reply: (message: SearchReply) => void,
): (request: SearchRequest) => Promise<void> {
  let loaded: Promise<LoadedEngine> | undefined;
  return async (request) => {
    if (request.type === 'load') {
      loaded ??= loadIndex(request.indexUrl).then((files) => ({
        engine: loadSearchEngine(files.index, files.passages),
        documents: files.index.docs.length,
      }));
      try {
        reply({ type: 'ready', documents: (await loaded).documents });
      } catch (error) {
        reply({ type: 'load-failed', message: messageOf(error) });
      }
      return;
    }
    try {
      if (!loaded) throw new Error('the search index was not loaded');
      reply({
        type: 'results',
        id: request.id,
        response: (await loaded).engine.search(request.query, request.options),
      });
    } catch (error) {
      reply({ type: 'search-failed', id: request.id, message: messageOf(error) });
    }
  };
}
