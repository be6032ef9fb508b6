// Format numbers and file names apart from the zod schemas, so code that only needs them (the renderer's
// start-up path, the search worker) does not construct every schema when it loads.

/** The version of the bundle format; readers refuse bundles of another major format. */
export const BUNDLE_FORMAT = 1;

/**
 * The version of the search files' format: 2 stores lunr's postings compacted with their weights,
 * 3 moves passage texts out of the index into `search-passages.json`, 4 adds concepts and answer facts.
 */
export const SEARCH_INDEX_FORMAT = 4;

/** The search index's file name in a bundle. */
export const SEARCH_INDEX_FILE = 'search-index.json';
/** The passage texts' file name in a bundle, beside the search index. */
export const SEARCH_PASSAGES_FILE = 'search-passages.json';
