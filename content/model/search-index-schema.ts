import { z } from 'zod';
import { answerFactsSchema } from './answer-facts-schema';
import { searchConceptSchema } from './concept-schemas';
import { SEARCH_INDEX_FORMAT } from './formats';
import { standingSchema } from './standing';
import { statusSchema } from './status';

/** Kinds of thing a search can find. */
const searchKindSchema = z.enum(['page', 'section', 'instrument', 'body', 'term', 'country', 'task']);

/** What the search needs to know of each document or term: shown in results, counted in facets. */
const searchDocSchema = z.strictObject({
  id: z.string(),
  kind: searchKindSchema,
  title: z.string(),
  shortName: z.string(),
  abbreviations: z.array(z.string()),
  /** Names in other languages (official titles, glossary equivalents and their aliases), searched like names. */
  aliases: z.array(z.string()).optional(),
  /** CELEX, number, ECLI, OJ reference: what identifier searches match. */
  identifiers: z.array(z.string()),
  celex: z.string().optional(),
  status: statusSchema.optional(),
  /** Where an instrument or body stands on the content date, for its badge in results. */
  standing: standingSchema.optional(),
  type: z.string().optional(),
  topics: z.array(z.string()),
  year: z.number().int().optional(),
  /** For a glossary term: the documents it names, which share its exact-name match ("DNA" -> the Prüm acts). */
  related: z.array(z.string()).optional(),
});

/**
 * A passage: one heading's stretch of a document (or a whole short document such as a term). Its text
 * lives in `search-passages.json`, so loading the index does not parse the corpus's full text.
 */
const passageSchema = z.strictObject({
  doc: z.string(),
  anchor: z.string(),
  headingPath: z.array(z.string()),
});

/** `search-index.json`: search documents, passages (their position is the lunr ref) and the serialised lunr index. */
export const searchIndexFileSchema = z.strictObject({
  format: z.literal(SEARCH_INDEX_FORMAT),
  docs: z.array(searchDocSchema),
  passages: z.array(passageSchema),
  /** Abbreviation and synonym groups from the glossary, folded: each word maps to its group. */
  synonyms: z.array(z.array(z.string())),
  /** Index terms left out of passage bodies because most passages hold them; titles and headings keep them. */
  commonTerms: z.array(z.string()),
  /** Concepts of `content/concepts.yaml`: other ways of saying a thing, the documents it is about, the question it asks. */
  concepts: z.array(searchConceptSchema),
  /** Structured facts (time limits, standings, successors) that direct answers are made from. */
  answers: answerFactsSchema,
  /** lunr's serialised index with field vectors folded into the postings (see compactLunrJson). */
  lunr: z.record(z.string(), z.unknown()),
});

/** `search-passages.json`: the text of each passage, at the passage's position in the index file (for snippets and phrases). */
export const searchPassagesFileSchema = z.strictObject({
  format: z.literal(SEARCH_INDEX_FORMAT),
  texts: z.array(z.string()),
});

/** A search document. */
export type SearchDoc = z.infer<typeof searchDocSchema>;
/** A search passage. */
export type Passage = z.infer<typeof passageSchema>;
/** The search index file. */
export type SearchIndexFile = z.infer<typeof searchIndexFileSchema>;
/** The passage texts file. */
export type SearchPassagesFile = z.infer<typeof searchPassagesFileSchema>;
/** A passage with its text, as the compiler collects it before splitting text from index. */
export type PassageWithText = Passage & { text: string };
/** Both search files of a bundle. */
export interface SearchFiles {
  index: SearchIndexFile;
  passages: SearchPassagesFile;
}
/** A kind a search result can have. */
export type SearchKind = z.infer<typeof searchKindSchema>;
