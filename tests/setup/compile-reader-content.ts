import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { compileContent } from '../../build/compiler/compile';
import { CATALOGUE_FILE, documentBodyPath, SEARCH_INDEX_FILE, SEARCH_PASSAGES_FILE } from '../../content/model/formats';

/** The fixture content the renderer's tests read, in the content source format. */
const READER_CONTENT = join(import.meta.dirname, '..', 'fixtures', 'content', 'reader');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The files the compiler made of the reader fixture content, by name, as the app would fetch them. */
    readerContent: Record<string, string>;
  }
}

/**
 * Compiles the reader fixture content once per test run, with the real compiler, and hands its files to the tests
 * (`tests/renderer/fixture-content.ts`): component tests read exactly what the app reads, never a hand-built bundle.
 */
// The dead-export check cannot see this use: vitest loads it by path (globalSetup in vitest.config.ts).
// ts-unused-exports:disable-next-line
export default function compileReaderContent(project: TestProject): void {
  const { files } = compileContent(READER_CONTENT);
  const read = (name: string) => {
    const text = files.get(name);
    if (text === undefined) throw new Error(`compiling ${READER_CONTENT} made no ${name}`);
    return text;
  };
  // The catalogue, the search files and every document's body file (bundle format 2), under their bundle paths.
  const catalogue = JSON.parse(read(CATALOGUE_FILE)) as { documents: { id: string }[] };
  const bodies = catalogue.documents.map((doc) => documentBodyPath(doc.id));
  project.provide('readerContent', {
    [CATALOGUE_FILE]: read(CATALOGUE_FILE),
    [SEARCH_INDEX_FILE]: read(SEARCH_INDEX_FILE),
    [SEARCH_PASSAGES_FILE]: read(SEARCH_PASSAGES_FILE),
    ...Object.fromEntries(bodies.map((name) => [name, read(name)])),
  });
}
