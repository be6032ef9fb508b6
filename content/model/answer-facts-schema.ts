import { z } from 'zod';
import { bundleSourceRefSchema } from './bundle-source-ref-schema';
import { durationUnitSchema } from './source-schemas';
import { standingSchema } from './standing';

/** A structured time limit, as search answers "how long" questions with it (from `time-limits.yaml`). */
const timeLimitFactSchema = z.strictObject({
  id: z.string(),
  instrument: z.string(),
  what: z.string(),
  duration: z.strictObject({ value: z.number().int().positive(), unit: durationUnitSchema }),
  starts: z.string(),
  article: z.string(),
  source: bundleSourceRefSchema,
  checked: z.string(),
});

/** A document that ended or will end because another replaced or repealed it, and when. */
const successorSchema = z.strictObject({
  id: z.string(),
  relation: z.enum(['replaced-by', 'repealed-by']),
  date: z.string().optional(),
  pending: z.string().optional(),
});

/** An instrument's or body's standing and successors, as search answers "still in force?" and "what replaced?" with them. */
const documentFactSchema = z.strictObject({
  id: z.string(),
  standing: standingSchema,
  successors: z.array(successorSchema),
  /** The first source of the document's review trail, which its status rests on. */
  source: bundleSourceRefSchema,
  checked: z.string(),
});

/** Structured facts search may answer questions from: nothing else is ever given as a direct answer. */
export const answerFactsSchema = z.strictObject({
  timeLimits: z.array(timeLimitFactSchema),
  documents: z.array(documentFactSchema),
});

/** The answer facts of a search index. */
export type AnswerFacts = z.infer<typeof answerFactsSchema>;
/** A time limit a direct answer shows. */
export type TimeLimitFact = z.infer<typeof timeLimitFactSchema>;
/** A document's standing and successors, for a direct answer. */
export type DocumentFact = z.infer<typeof documentFactSchema>;
/** A successor of a document. */
export type Successor = z.infer<typeof successorSchema>;
