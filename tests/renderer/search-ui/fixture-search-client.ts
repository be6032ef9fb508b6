import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchFiles } from '../../../content/model/search-index-schema';
import { readSearchFiles } from '../../../build/cli/read-search-files';
import { buildContent } from '../../../build/compiler/compile';
import { createSearchClient, type SearchClient } from '../../../renderer/search-ui/search-client';
import type { SearchReply } from '../../../renderer/search-ui/search-protocol';
import { createSearchWorkerHandler } from '../../../renderer/search-ui/search-worker-handler';

let files: SearchFiles | undefined;

/** The search index and passage texts compiled from the valid fixture content (built once per test file). */
export function fixtureSearchIndex(): SearchFiles {
  if (!files) {
    const out = mkdtempSync(join(tmpdir(), 'search-ui-fixture-'));
    buildContent('tests/fixtures/content/valid', out);
    files = readSearchFiles(join(out, 'search-index.json'));
  }
  return files;
}

/**
 * A search client whose "worker" is the real worker handler running in this process, answering asynchronously as a
 * worker does, over `files` (the valid fixture content's when left out).
 */
export function fixtureSearchClient(files: () => SearchFiles = fixtureSearchIndex): SearchClient {
  const listeners: ((message: SearchReply) => void)[] = [];
  const handle = createSearchWorkerHandler(
    async () => files(),
    (message) => setTimeout(() => listeners.forEach((l) => l(message)), 0),
  );
  return createSearchClient(
    { postMessage: (message) => void handle(message), onReply: (l) => listeners.push(l) },
    'http://app.test/bundle/search-index.json',
  );
}
