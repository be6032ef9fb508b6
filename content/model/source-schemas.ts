import { z } from 'zod';
import { countrySourceSchema } from './country-schemas';
import { celexSchema, ecliSchema, eliSchema, idSchema, isoDateSchema, ojSchema } from './identifiers';
import { sourceRefSchema } from './source-ref-schema';
import { statusSchema } from './status';

const text = z.string().trim().min(1, 'must not be empty');
const idList = z.array(idSchema).default([]);
const lines = z.array(text).default([]);

/**
 * The review trail every document kind spreads into its front-matter schema: when its facts were last checked
 * (required), the sources they rest on (at least one, required), and claims no source confirmed.
 */
export const reviewTrail = {
  checked: isoDateSchema,
  sources: z.array(sourceRefSchema).min(1, 'needs at least one source (title and celex, eli or url)'),
  unverified: lines,
};

/**
 * When a repeal, amendment or replacement takes effect: a date, or pending with the event it waits for.
 * Written on either side of the relation, keyed by the other instrument's id.
 */
const relationEffectSourceSchema = z.union([
  z.strictObject({ date: isoDateSchema, note: text.optional() }),
  z.strictObject({ pending: text }),
]);

/** `content/bundle.yaml`: what this bundle is and how current. */
export const bundleMetaSourceSchema = z.strictObject({
  id: idSchema,
  title: text,
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 2026.11.0'),
  content_date: isoDateSchema,
});

/** Short facts shown as a table: data covered, channels, time limits, who has access. */
const keyFactsSourceSchema = z.strictObject({
  data: lines,
  channels: lines,
  time_limits: lines,
  access: lines,
});

/** Front matter of `pages/*.md`. */
const pageSourceSchema = z.strictObject({
  id: idSchema,
  title: text,
  summary: text,
  sections: idList,
  related: idList,
  ...reviewTrail,
});

/** Front matter of `sections/*.md`. */
const sectionSourceSchema = z.strictObject({
  id: idSchema,
  title: text,
  order: z.number().int().nonnegative(),
  parent: idSchema.optional(),
  summary: text,
  ...reviewTrail,
});

/** The kinds of act and document an instrument page can describe. */
export const instrumentTypeSchema = z.enum([
  'Regulation',
  'Directive',
  'Decision',
  'Framework Decision',
  'Implementing Decision',
  'Communication',
  'Convention',
  'Judgment',
  'Recommendation',
  'Programme',
  'Proposal',
  'Agreement',
]);

/** Front matter of `instruments/*.md`. */
const instrumentSourceSchema = z.strictObject({
  id: idSchema,
  short_name: text,
  abbreviations: lines,
  title: text,
  type: instrumentTypeSchema,
  number: text.optional(),
  celex: celexSchema.optional(),
  eli: eliSchema.optional(),
  ecli: ecliSchema.optional(),
  oj: ojSchema.optional(),
  adopted: isoDateSchema,
  entry_into_force: isoDateSchema.optional(),
  application_date: isoDateSchema.optional(),
  end_date: isoDateSchema.optional(),
  status: statusSchema,
  status_note: text,
  amended_by: idList,
  repealed_by: idList,
  replaces: idList,
  related: idList,
  legal_basis: text.optional(),
  topics: idList,
  sections: idList,
  key_facts: keyFactsSourceSchema.optional(),
  /** When each of this instrument's repeals, amendments and replacements takes effect, by the other instrument's id. */
  effective: z.record(idSchema, relationEffectSourceSchema).optional(),
  ...reviewTrail,
});

/** The kinds of body (agency, network, system) a body page can describe. */
export const bodyTypeSchema = z.enum([
  'Agency',
  'Network',
  'Information system',
  'Council body',
  'Operational structure',
  'Policy framework',
]);

/** Front matter of `bodies/*.md`. */
const bodySourceSchema = z.strictObject({
  id: idSchema,
  title: text,
  short_name: text,
  abbreviations: lines,
  type: bodyTypeSchema,
  established_by: idList,
  status: statusSchema.default('in-force'),
  status_note: text.optional(),
  related: idList,
  topics: idList,
  sections: idList,
  key_facts: keyFactsSourceSchema.optional(),
  ...reviewTrail,
});

/** One entry of `glossary.yaml`. */
export const termSourceSchema = z.strictObject({
  id: idSchema,
  term: text,
  abbreviations: lines,
  expansion: text.optional(),
  definition: text,
  see_also: idList,
  related: idList,
});

/** `glossary.yaml`: a list of terms. */
export const glossarySourceSchema = z.array(termSourceSchema);

/** One entry of `topics.yaml`: a topic id documents name in `topics`, and the title a reader sees for it. */
export const topicSourceSchema = z.strictObject({
  id: idSchema,
  title: text,
});

/** `topics.yaml`: every topic a document may name. */
export const topicsSourceSchema = z.array(topicSourceSchema);

/** The ways a task can send an officer: the channel an outcome names. */
export const channelSchema = z.enum(['spoc', 'prum', 'sirene', 'europol', 'interpol', 'liaison-officer', 'judicial', 'piu', 'police-to-police', 'not-allowed']);

/** How a time limit is counted: clock hours, calendar days, or working days (Monday to Friday). */
export const durationUnitSchema = z.enum(['hours', 'calendar-days', 'working-days']);

/** One entry of `time-limits.yaml`: a period an act sets, the event that starts it and the article. */
export const timeLimitSourceSchema = z.strictObject({
  id: idSchema,
  instrument: idSchema,
  what: text,
  duration: z.strictObject({ value: z.number().int().positive('must be a whole number above 0'), unit: durationUnitSchema }),
  starts: text,
  article: text,
  source: sourceRefSchema,
  checked: isoDateSchema,
  note: text.optional(),
});

/** `time-limits.yaml`: every structured time limit; each instrument's key facts on time limits are made from it. */
export const timeLimitsSourceSchema = z.array(timeLimitSourceSchema);

/** Why an answer failed, said in the author's terms; undefined keeps zod's own message. */
function answerProblem(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  if (!('next' in input) && !('outcome' in input))
    return 'is a dead end: give it a next question or an outcome, so every path ends in an outcome';
  if ('next' in input && 'outcome' in input) return 'leads two ways: give it either next or outcome, not both';
  if (!('label' in input)) return 'needs a label: the words of the answer';
  return undefined;
}

/** One answer: it leads to the next question or to an outcome, never both (a choice, so neither field is optional on its own). */
const taskAnswerSchema = z.union(
  [
    z.strictObject({ label: text, next: idSchema, outcome: z.never().optional() }),
    z.strictObject({ label: text, outcome: idSchema, next: z.never().optional() }),
  ],
  { error: (issue) => answerProblem(issue.input) },
);

/** One outcome of a task: the channel, what to send, the time limit and what it rests on. */
const taskOutcomeSchema = z.strictObject({
  id: idSchema,
  title: text,
  channel: channelSchema,
  send: z.array(text).min(1, 'must list at least one thing to send or do'),
  time_limit: idSchema.optional(),
  rests_on: z.array(idSchema).min(1, 'must name at least one document the outcome rests on'),
  country_fields: z.array(z.string().regex(/^[a-z_]+(\.[a-z_]+)+$/, 'must be a dotted country-profile path such as bodies.spoc')).default([]),
});

/** Front matter of `tasks/*.md`: a guided path of questions, each answer leading to a question or an outcome. */
const taskSourceSchema = z.strictObject({
  id: idSchema,
  title: text,
  summary: text,
  keywords: z.array(text).min(1, 'must list the words officers type'),
  start: idSchema,
  questions: z
    .array(z.strictObject({ id: idSchema, text, help: text.optional(), answers: z.array(taskAnswerSchema).min(2, 'a question needs at least two answers') }))
    .min(1),
  outcomes: z.array(taskOutcomeSchema).min(1),
  ...reviewTrail,
});

/** Parsed front matter of a page. */
export type PageSource = z.infer<typeof pageSourceSchema>;
/** Parsed front matter of a section. */
export type SectionSource = z.infer<typeof sectionSourceSchema>;
/** Parsed front matter of an instrument. */
export type InstrumentSource = z.infer<typeof instrumentSourceSchema>;
/** Parsed front matter of a body. */
export type BodySource = z.infer<typeof bodySourceSchema>;
/** One parsed glossary entry. */
export type TermSource = z.infer<typeof termSourceSchema>;
/** A kind of act or document an instrument describes. */
export type InstrumentType = z.infer<typeof instrumentTypeSchema>;
/** A kind of agency, network or system a body describes. */
export type BodyType = z.infer<typeof bodyTypeSchema>;
/** One parsed topic. */
export type TopicSource = z.infer<typeof topicSourceSchema>;
/** Parsed `bundle.yaml`. */
export type BundleMetaSource = z.infer<typeof bundleMetaSourceSchema>;
/** When one relation takes effect, as written in the source. */
export type RelationEffectSource = z.infer<typeof relationEffectSourceSchema>;
/** One parsed source reference. */
export type { SourceRef } from './source-ref-schema';
/** Parsed key facts of an instrument or body. */
export type KeyFactsSource = z.infer<typeof keyFactsSourceSchema>;
/** Parsed front matter of a task. */
export type TaskSource = z.infer<typeof taskSourceSchema>;
/** One parsed structured time limit. */
export type TimeLimitSource = z.infer<typeof timeLimitSourceSchema>;

/** The kinds of Markdown document, each with its folder and front-matter schema. */
export const DOCUMENT_SOURCES = {
  page: { folder: 'pages', schema: pageSourceSchema },
  section: { folder: 'sections', schema: sectionSourceSchema },
  instrument: { folder: 'instruments', schema: instrumentSourceSchema },
  body: { folder: 'bodies', schema: bodySourceSchema },
  country: { folder: 'countries', schema: countrySourceSchema },
  task: { folder: 'tasks', schema: taskSourceSchema },
} as const;

/** A Markdown document kind. */
export type DocumentKind = keyof typeof DOCUMENT_SOURCES;
