import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SEARCH_PASSAGES_FILE } from '../../content/model/formats';
import type { SearchFiles, SearchIndexFile, SearchPassagesFile } from '../../content/model/search-index-schema';

/** Where the passage texts of the search index at `indexPath` live: beside it, as the compiler writes them. */
export function passagesPathOf(indexPath: string): string {
  return join(dirname(indexPath), SEARCH_PASSAGES_FILE);
}

/**
 * Reads a built search index and its passage texts for Node tools. They are the compiler's own output,
 * so they are parsed, not validated: validating tens of megabytes would dominate every CLI run.
 */
export function readSearchFiles(indexPath: string): SearchFiles {
  return {
    index: JSON.parse(readFileSync(indexPath, 'utf8')) as SearchIndexFile,
    passages: JSON.parse(readFileSync(passagesPathOf(indexPath), 'utf8')) as SearchPassagesFile,
  };
}
