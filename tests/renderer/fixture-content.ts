import { inject } from 'vitest';
import { bundleSchema, type Bundle } from '../../content/model/bundle-schema';
import { SEARCH_INDEX_FILE, SEARCH_PASSAGES_FILE } from '../../content/model/formats';
import type { SearchFiles, SearchIndexFile, SearchPassagesFile } from '../../content/model/search-index-schema';

/** The compiled bundle of `tests/fixtures/content/reader/` (compiled once per run by `tests/setup/compile-reader-content.ts`), a fresh copy each call. */
export function fixtureBundle(): Bundle {
  return bundleSchema.parse(JSON.parse(readerFile('bundle.json')));
}

/** The search index and passage texts compiled from the same content, as the worker fetches them. */
export function fixtureSearchFiles(): SearchFiles {
  return {
    index: JSON.parse(readerFile(SEARCH_INDEX_FILE)) as SearchIndexFile,
    passages: JSON.parse(readerFile(SEARCH_PASSAGES_FILE)) as SearchPassagesFile,
  };
}

function readerFile(name: string): string {
  const text = inject('readerContent')[name];
  if (text === undefined)
    throw new Error(
      `the reader fixture content has no ${name}: is tests/setup/compile-reader-content.ts the project's globalSetup?`,
    );
  return text;
}
