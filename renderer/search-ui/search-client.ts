import type { SearchOptions, SearchResponse } from '../search/search-types';
import type { SearchReply, SearchRequest } from './search-protocol';

/** The two ends of the worker, so tests can stand an in-process handler in for it. */
export interface SearchPort {
  postMessage(message: SearchRequest): void;
  onReply(listener: (message: SearchReply) => void): void;
}

/** A search's answer, or why there is none. */
export type SearchOutcome = { ok: true; response: SearchResponse } | { ok: false; message: string };

/** Whether the index loaded, and how many documents it holds. */
export type SearchReadiness = { ok: true; documents: number } | { ok: false; message: string };

/** Talks to the search worker. */
export interface SearchClient {
  /** Settles once the index is loaded or has failed to load. */
  ready: Promise<SearchReadiness>;
  /**
   * Searches; resolves with null when a newer search on the same channel made this one stale. A channel
   * has at most one search in the worker and one waiting, so fast typing never queues up work.
   */
  search(channel: string, query: string, options?: SearchOptions): Promise<SearchOutcome | null>;
  /** Adds a local pack's index, searched beside the official one. */
  addIndex(indexUrl: string): void;
}

/** Performance marks the UI benchmark reads. */
export const SEARCH_MARKS = { load: 'polcoop:search-load', ready: 'polcoop:search-ready' } as const;

interface Waiting {
  id: number;
  query: string;
  options: SearchOptions;
  /** Query and options as one string, to recognise the same search asked again. */
  key: string;
  /** Everyone who asked for this search while it was the newest on its channel. */
  resolvers: ((outcome: SearchOutcome | null) => void)[];
}

interface Channel {
  latest: number;
  inFlight: Waiting | undefined;
  waiting: Waiting | undefined;
}

/** A client over a worker port: asks it to load the index at `indexUrl`, then numbers each search. */
export function createSearchClient(port: SearchPort, indexUrl: string): SearchClient {
  let nextId = 0;
  const channels = new Map<string, Channel>();
  const channelOf = new Map<number, Channel>();
  let settleReady: (readiness: SearchReadiness) => void = () => undefined;
  const ready = new Promise<SearchReadiness>((resolve) => (settleReady = resolve));

  const send = (channel: Channel, request: Waiting) => {
    channel.inFlight = request;
    channelOf.set(request.id, channel);
    port.postMessage({ type: 'search', id: request.id, query: request.query, options: request.options });
  };
  const answer = (id: number, outcome: SearchOutcome) => {
    const channel = channelOf.get(id);
    if (!channel || channel.inFlight?.id !== id) return;
    channelOf.delete(id);
    const request = channel.inFlight;
    channel.inFlight = undefined;
    for (const resolve of request.resolvers) resolve(id === channel.latest ? outcome : null);
    const next = channel.waiting;
    channel.waiting = undefined;
    if (next) send(channel, next);
  };

  port.onReply((message) => {
    switch (message.type) {
      case 'ready':
        performance.mark(SEARCH_MARKS.ready);
        settleReady({ ok: true, documents: message.documents });
        break;
      case 'load-failed':
        settleReady({ ok: false, message: message.message });
        break;
      case 'results':
        answer(message.id, { ok: true, response: message.response });
        break;
      case 'search-failed':
        answer(message.id, { ok: false, message: message.message });
        break;
    }
  });
  performance.mark(SEARCH_MARKS.load);
  port.postMessage({ type: 'load', indexUrl });

  return {
    ready,
    addIndex: (url) => port.postMessage({ type: 'add', indexUrl: url }),
    search(name, query, options = {}) {
      return new Promise((resolve) => {
        const channel = channels.get(name) ?? { latest: 0, inFlight: undefined, waiting: undefined };
        channels.set(name, channel);
        const key = JSON.stringify([query, options]);
        const newest = [channel.waiting, channel.inFlight].find((r) => r?.id === channel.latest);
        // The same search asked again (the search box sends it from the key handler, then its hook asks once
        // rendered) joins the pending one instead of making it stale.
        if (newest?.key === key) {
          newest.resolvers.push(resolve);
          return;
        }
        const request: Waiting = { id: ++nextId, query, options, key, resolvers: [resolve] };
        channel.latest = request.id;
        for (const stale of channel.waiting?.resolvers ?? []) stale(null);
        channel.waiting = undefined;
        if (channel.inFlight) channel.waiting = request;
        else send(channel, request);
      });
    },
  };
}
