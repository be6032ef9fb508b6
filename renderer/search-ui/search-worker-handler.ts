import type { SearchFiles } from '../../content/model/search-index-schema';
import { loadSearchEngine, type SearchEngine } from '../search/search-engine';
import { mergeResponses } from './merge-responses';
import type { SearchReply, SearchRequest } from './search-protocol';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface LoadedEngine {
  engine: SearchEngine;
  documents: number;
}

/**
 * The search worker's logic, apart from the worker global so it runs in tests: loads the index once,
 * then answers each search in order; searches sent before the index is ready wait for it. Local packs' indexes
 * (LocalContentDirectory) are added beside it and searched with it; one that fails to load is left out, never
 * failing the official search.
 */
export function createSearchWorkerHandler(
  loadIndex: (url: string) => Promise<SearchFiles>,
  reply: (message: SearchReply) => void,
): (request: SearchRequest) => Promise<void> {
  let loaded: Promise<LoadedEngine> | undefined;
  const added: Promise<SearchEngine | null>[] = [];
  return async (request) => {
    if (request.type === 'add') {
      added.push(
        loadIndex(request.indexUrl).then(
          (files) => loadSearchEngine(files.index, files.passages),
          () => null,
        ),
      );
      return;
    }
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
      const official = (await loaded).engine.search(request.query, request.options);
      const local = (await Promise.all(added)).flatMap((engine) =>
        engine ? [engine.search(request.query, request.options)] : [],
      );
      reply({
        type: 'results',
        id: request.id,
        response: local.length === 0 ? official : mergeResponses([official, ...local], request.options.limit),
      });
    } catch (error) {
      reply({ type: 'search-failed', id: request.id, message: messageOf(error) });
    }
  };
}
