import { z } from 'zod';
import { bodyTypeSchema, channelSchema, durationUnitSchema, instrumentTypeSchema } from './source-schemas';
import { bundleSourceRefSchema } from './bundle-source-ref-schema';
import { countryFieldsShape } from './country-bundle-schema';
import { BUNDLE_FORMAT } from './formats';
import { relationEffectSchema, standingSchema } from './standing';
import { statusSchema } from './status';

const ids = z.array(z.string());

/** Compiled key facts (camel-cased from the source). */
const keyFactsSchema = z.strictObject({
  data: z.array(z.string()),
  channels: z.array(z.string()),
  timeLimits: z.array(z.string()),
  access: z.array(z.string()),
});

/** Every relation, both ways: the compiler fills the reverse side of each one. */
const relationsSchema = z.strictObject({
  amends: ids,
  amendedBy: ids,
  repeals: ids,
  repealedBy: ids,
  replaces: ids,
  replacedBy: ids,
  establishes: ids,
  establishedBy: ids,
  related: ids,
});

/** When a document's facts were last checked, against what (at least one source), and what no source confirms. */
const reviewTrailSchema = z.strictObject({
  checked: z.string(),
  sources: z.array(bundleSourceRefSchema).min(1),
  unverified: ids.optional(),
});

/** Where a document's body file is (`documents/<id>.json`) and its size and SHA-256, which the reader checks. */
const bodyFileSchema = z.strictObject({
  path: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const documentBase = {
  id: z.string(),
  title: z.string(),
  shortName: z.string(),
  summary: z.string(),
  /** The document's HTML and contents live in a file of their own, fetched when the document is opened. */
  body: bodyFileSchema,
  sections: ids,
  topics: ids,
  relations: relationsSchema,
  /** SHA-256 of the document's compiled content (its body file's hash included), so bookmarks can tell when their target changed. */
  contentHash: z.string(),
  ...reviewTrailSchema.shape,
};

/** A free-standing article such as the overview. */
const pageDocumentSchema = z.strictObject({ ...documentBase, kind: z.literal('page') });

/** An area of police cooperation, with the documents that belong to it. */
const sectionDocumentSchema = z.strictObject({
  ...documentBase,
  kind: z.literal('section'),
  order: z.number(),
  parent: z.string().optional(),
  children: ids,
  members: ids,
});

/** A legal act, strategy or judgment with its identifiers, dates and status. */
const instrumentDocumentSchema = z.strictObject({
  ...documentBase,
  kind: z.literal('instrument'),
  abbreviations: ids,
  type: instrumentTypeSchema,
  number: z.string().optional(),
  celex: z.string().optional(),
  eli: z.string().optional(),
  ecli: z.string().optional(),
  oj: z.string().optional(),
  adopted: z.string(),
  entryIntoForce: z.string().optional(),
  applicationDate: z.string().optional(),
  endDate: z.string().optional(),
  status: statusSchema,
  statusNote: z.string(),
  /** Where it stands on the content date, from its status, dates and relations: what every badge shows. */
  standing: standingSchema,
  legalBasis: z.string().optional(),
  keyFacts: keyFactsSchema.optional(),
  /** When each repeal, amendment and replacement between this and another instrument takes effect, by that instrument's id. */
  effective: z.record(z.string(), relationEffectSchema).optional(),
});

/** An agency, network, information system or operational structure. */
const bodyDocumentSchema = z.strictObject({
  ...documentBase,
  kind: z.literal('body'),
  abbreviations: ids,
  type: bodyTypeSchema,
  status: statusSchema,
  statusNote: z.string().optional(),
  standing: standingSchema,
  keyFacts: keyFactsSchema.optional(),
});

/** A state's profile: Schengen, Prüm, PNR, information exchange, national bodies and border rules, each fact sourced and dated. */
const countryDocumentSchema = z.strictObject({ ...documentBase, ...countryFieldsShape });

/** One answer of a task question: it leads to the next question or to an outcome, never both. */
const taskAnswerSchema = z.union([
  z.strictObject({ label: z.string(), next: z.string() }),
  z.strictObject({ label: z.string(), outcome: z.string() }),
]);

/** A question of a task. */
const taskQuestionSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  help: z.string().optional(),
  answers: z.array(taskAnswerSchema),
});

/** Where a task ends: the channel, what to send, the time limit and the documents it rests on. */
const taskOutcomeSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  channel: channelSchema,
  send: z.array(z.string()),
  timeLimit: z.string().optional(),
  restsOn: ids,
  /** Country-profile facts that matter here, as dotted paths (shown as text until the country kind lands). */
  countryFields: ids,
});

/** A guided task: questions from `start`, every path ending in an outcome (the compiler checked the graph). */
const taskDocumentSchema = z.strictObject({
  ...documentBase,
  kind: z.literal('task'),
  keywords: ids,
  start: z.string(),
  questions: z.array(taskQuestionSchema),
  outcomes: z.array(taskOutcomeSchema),
});

/** A structured time limit: the period an act sets, what starts it and the article it rests on. */
const timeLimitSchema = z.strictObject({
  id: z.string(),
  instrument: z.string(),
  what: z.string(),
  duration: z.strictObject({ value: z.number().int().positive(), unit: durationUnitSchema }),
  starts: z.string(),
  article: z.string(),
  source: bundleSourceRefSchema,
  checked: z.string(),
  note: z.string().optional(),
});

/** Any compiled document. */
const documentSchema = z.discriminatedUnion('kind', [
  pageDocumentSchema,
  sectionDocumentSchema,
  instrumentDocumentSchema,
  bodyDocumentSchema,
  countryDocumentSchema,
  taskDocumentSchema,
]);

/** A compiled glossary term. */
const termSchema = z.strictObject({
  id: z.string(),
  term: z.string(),
  abbreviations: ids,
  expansion: z.string().optional(),
  definition: z.string(),
  seeAlso: ids,
  related: ids,
  /** Documents whose text marks this term. */
  usedIn: ids,
});

/** A topic documents are tagged with, and its title. */
const topicSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
});

/** `bundle.json`, the catalogue: everything the reader shows but the documents' bodies, loaded at start. */
export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  id: z.string(),
  title: z.string(),
  language: z.string(),
  version: z.string(),
  contentDate: z.string(),
  compilerVersion: z.string(),
  documents: z.array(documentSchema),
  terms: z.array(termSchema),
  /** Every topic a document names, with its title. */
  topics: z.array(topicSchema),
  /** Every structured time limit, for the deadline clock and the tasks. */
  timeLimits: z.array(timeLimitSchema),
});

/** One file listed in the manifest. */
const manifestFileSchema = z.strictObject({
  path: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** `manifest.json`: identity of the bundle and the hash of every file in it. */
export const manifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  bundleId: z.string(),
  version: z.string(),
  contentDate: z.string(),
  compilerVersion: z.string(),
  files: z.array(manifestFileSchema),
});

/** A compiled document of any kind. */
export type Document = z.infer<typeof documentSchema>;
/** A compiled instrument. */
export type InstrumentDocument = z.infer<typeof instrumentDocumentSchema>;
/** A compiled body. */
export type BodyDocument = z.infer<typeof bodyDocumentSchema>;
/** A compiled country profile. */
export type CountryDocument = z.infer<typeof countryDocumentSchema>;
/** A compiled section. */
export type SectionDocument = z.infer<typeof sectionDocumentSchema>;
/** A compiled page. */
export type PageDocument = z.infer<typeof pageDocumentSchema>;
/** A compiled task. */
export type TaskDocument = z.infer<typeof taskDocumentSchema>;
/** A question of a compiled task. */
export type TaskQuestion = z.infer<typeof taskQuestionSchema>;
/** An outcome of a compiled task. */
export type TaskOutcome = z.infer<typeof taskOutcomeSchema>;
/** A structured time limit. */
export type TimeLimit = z.infer<typeof timeLimitSchema>;
/** How a time limit is counted. */
export type DurationUnit = TimeLimit['duration']['unit'];
/** A compiled glossary term. */
export type Term = z.infer<typeof termSchema>;
/** A topic with its title. */
export type Topic = z.infer<typeof topicSchema>;
/** The compiled bundle. */
export type Bundle = z.infer<typeof bundleSchema>;
/** The bundle manifest. */
export type Manifest = z.infer<typeof manifestSchema>;
/** Relations of a document, both directions. */
export type Relations = z.infer<typeof relationsSchema>;
/** Key facts in compiled form. */
export type KeyFacts = z.infer<typeof keyFactsSchema>;
/** A document's review trail in compiled form. */
export type ReviewTrail = z.infer<typeof reviewTrailSchema>;
/** Where a document's body file is, with its size and hash. */
export type BodyFile = z.infer<typeof bodyFileSchema>;
