import { inject } from 'vitest';
import { bundleSchema, type Bundle } from '../../content/model/bundle-schema';
import type { DocumentBody } from '../../content/model/document-body-schema';
import { CATALOGUE_FILE, documentBodyPath, SEARCH_INDEX_FILE, SEARCH_PASSAGES_FILE } from '../../content/model/formats';
import type { BodySource } from '../../renderer/bundle/document-bodies';
import type { SearchFiles, SearchIndexFile, SearchPassagesFile } from '../../content/model/search-index-schema';

/** The compiled bundle of `tests/fixtures/content/reader/` (compiled once per run by `tests/setup/compile-reader-content.ts`), a fresh copy each call. */
export function fixtureBundle(): Bundle {
  return bundleSchema.parse(JSON.parse(readerFile(CATALOGUE_FILE)));
}

/** The compiled body files, by path in the bundle, as a server would hold them. */
export function fixtureBodyFiles(): Map<string, string> {
  return new Map(fixtureBundle().documents.map((doc) => [doc.body.path, readerFile(documentBodyPath(doc.id))]));
}

/** A body source holding every compiled body already, as after each document was opened once. */
export function fixtureBodies(): BodySource {
  const bodies = new Map(
    fixtureBundle().documents.map((doc): [string, DocumentBody] => [
      doc.id,
      JSON.parse(readerFile(documentBodyPath(doc.id))) as DocumentBody,
    ]),
  );
  return {
    peek: (id) => bodies.get(id),
    load: (doc) => {
      const body = bodies.get(doc.id);
      return Promise.resolve(
        body
          ? { ok: true, body }
          : { ok: false, problem: 'missing', file: doc.body.path, detail: 'not in the fixture' },
      );
    },
  };
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
