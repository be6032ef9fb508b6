import type { z } from 'zod';
import { bundleSchema } from '../../content/model/bundle-schema';
import { documentBodySchema } from '../../content/model/document-body-schema';
import { CATALOGUE_FILE, SEARCH_INDEX_FILE, SEARCH_PASSAGES_FILE } from '../../content/model/formats';
import { languageFileSchema } from '../../content/model/language-file-schema';
import { languageFileName } from '../../content/model/languages';
import { searchIndexFileSchema, searchPassagesFileSchema } from '../../content/model/search-index-schema';
import type { BundleFiles } from './write';

function check(file: string, schema: z.ZodType, value: unknown): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const issue = result.error.issues[0];
  throw new Error(
    `the compiler produced an invalid ${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
  );
}

/**
 * Stage 6a: checks the compiled files against the schemas readers rely on. Readers only check the format
 * (the files reach them hash-verified), so this is where a compiler bug is caught instead of in the app.
 */
export function checkOutput({ bundle, bodies, search, languages }: BundleFiles): void {
  check(CATALOGUE_FILE, bundleSchema, bundle);
  for (const { file, body } of bodies) check(file.path, documentBodySchema, body);
  check(SEARCH_INDEX_FILE, searchIndexFileSchema, search.index);
  check(SEARCH_PASSAGES_FILE, searchPassagesFileSchema, search.passages);
  for (const file of languages) check(languageFileName(file.language), languageFileSchema, file);
}
