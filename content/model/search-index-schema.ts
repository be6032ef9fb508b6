import { z } from 'zod';
import { statusSchema } from './status';

/** Kinds of thing a search can find. */
export const searchKindSchema = z.enum(['page', 'section', 'instrument', 'body', 'term']);

/** What the search needs to know of each document or term: shown in results, counted in facets. */
export const searchDocSchema = z.strictObject({
  id: z.string(),
  kind: searchKindSchema,
  title: z.string(),
  shortName: z.string(),
  abbreviations: z.array(z.string()),
  /** CELEX, number, ECLI, OJ reference: what identifier searches match. */
  identifiers: z.array(z.string()),
  celex: z.string().optional(),
  status: statusSchema.optional(),
  type: z.string().optional(),
  topics: z.array(z.string()),
  year: z.number().int().optional(),
});

/** A passage: one heading's stretch of a document (or a whole short document such as a term). */
export const passageSchema = z.strictObject({
  doc: z.string(),
  anchor: z.string(),
  headingPath: z.array(z.string()),
  text: z.string(),
});

/** `search-index.json`: search documents, passages (their position is the lunr ref) and the serialised lunr index. */
export const searchIndexFileSchema = z.strictObject({
  format: z.literal(1),
  docs: z.array(searchDocSchema),
  passages: z.array(passageSchema),
  /** Abbreviation and synonym groups from the glossary, folded: each word maps to its group. */
  synonyms: z.array(z.array(z.string())),
  lunr: z.record(z.string(), z.unknown()),
});

/** A search document. */
export type SearchDoc = z.infer<typeof searchDocSchema>;
/** A search passage. */
export type Passage = z.infer<typeof passageSchema>;
/** The search index file. */
export type SearchIndexFile = z.infer<typeof searchIndexFileSchema>;
/** A kind a search result can have. */
export type SearchKind = z.infer<typeof searchKindSchema>;
