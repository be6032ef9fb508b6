// Format numbers and file names apart from the zod schemas, so code that only needs them (the renderer's
// start-up path, the search worker) does not construct every schema when it loads.

/**
 * The version of the bundle format; readers refuse bundles of another format. 2 splits the bundle into a catalogue
 * (`bundle.json`: every document's metadata, read at start) and one body file per document (`documents/<id>.json`:
 * its HTML and contents, read when it is opened).
 */
export const BUNDLE_FORMAT = 2;

/** The catalogue's file name in a bundle. */
export const CATALOGUE_FILE = 'bundle.json';

/** The path, inside a bundle, of a document's body file. */
export function documentBodyPath(id: string): string {
  return `documents/${id}.json`;
}

/**
 * The version of the search files' format: 2 stores lunr's postings compacted with their weights,
 * 3 moves passage texts out of the index into `search-passages.json`, 4 adds concepts and answer facts.
 */
export const SEARCH_INDEX_FORMAT = 4;

/** The search index's file name in a bundle. */
export const SEARCH_INDEX_FILE = 'search-index.json';
/** The passage texts' file name in a bundle, beside the search index. */
export const SEARCH_PASSAGES_FILE = 'search-passages.json';
