import { z } from 'zod';
import { idSchema, isoDateSchema } from './identifiers';
import { sourceRefSchema } from './source-ref-schema';

const text = z.string().trim().min(1, 'must not be empty');

/** The kinds of question a concept asks, each answered directly from structured content when it holds the answer. */
const askedSchema = z.enum(['time-limit', 'status', 'replaced-by']);

/** A kind of question search answers directly. */
export type Asked = z.infer<typeof askedSchema>;

/**
 * One concept of `content/concepts.yaml`: ways officers say one thing ("hot pursuit", "pursuit across the border"),
 * optionally the documents it is about and the question it asks. A concept that names documents states a legal fact
 * (what governs the thing), so it must say that fact in its own words, with a source and the date it was checked.
 */
const conceptSourceObject = z.strictObject({
  id: idSchema,
  /** Words and phrases that mean the concept, as typed: any one of them in a query stands for all the others. */
  names: z.array(text).min(1, 'must list at least one name'),
  /** Documents the concept is about: a query naming it makes them its subject. */
  documents: z.array(idSchema).optional(),
  /** The kind of question the concept asks ("deadline" asks for a time limit). */
  asks: askedSchema.optional(),
  /** The legal fact the concept rests on, in our words (required with documents). */
  states: text.optional(),
  sources: z.array(sourceRefSchema).min(1, 'must list at least one source').optional(),
  checked: isoDateSchema.optional(),
});

/** A concept, checked: documents need a stated fact, and a stated fact needs its source and date. */
const conceptSourceSchema = conceptSourceObject.superRefine((concept, context) => {
  if (concept.documents && concept.documents.length > 0 && concept.states === undefined)
    context.addIssue({ code: 'custom', path: ['states'], message: 'is required when the concept names documents' });
  if (concept.states !== undefined) {
    if (!concept.sources)
      context.addIssue({ code: 'custom', path: ['sources'], message: 'are required when the concept states a fact' });
    if (!concept.checked)
      context.addIssue({ code: 'custom', path: ['checked'], message: 'is required when the concept states a fact' });
  }
  if (concept.names.length + (concept.documents?.length ?? 0) < 2)
    context.addIssue({ code: 'custom', path: ['names'], message: 'needs a second name or a document to lead to' });
});

/** `content/concepts.yaml`: the list of concepts. */
export const conceptsSourceSchema = z.array(conceptSourceSchema);

/** One parsed concept. */
export type ConceptSource = z.infer<typeof conceptSourceSchema>;

/** A concept as the search index carries it: folded names, the documents it leads to, the question it asks. */
export const searchConceptSchema = z.strictObject({
  id: z.string(),
  names: z.array(z.string()),
  documents: z.array(z.string()),
  asks: askedSchema.optional(),
});

/** A concept in the search index. */
export type SearchConcept = z.infer<typeof searchConceptSchema>;
