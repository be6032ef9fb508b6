import { z } from 'zod';
import { celexSchema, eliSchema, idSchema, isoDateSchema } from './identifiers';
import { hasLocator, sourceRefFields } from './source-ref-schema';

const text = z.string().trim().min(1, 'must not be empty');

/** Says that no public source gives the value; the fact's note says where one was looked for. */
export const NOT_PUBLISHED = 'not-published';
/** Says that the rule does not apply to this state. */
export const NOT_APPLICABLE = 'not-applicable';

/** A national ELI (e.g. Spain's BOE): national acts a profile rests on are often identified by one. */
const nationalEliSchema = z.url({ protocol: /^https?$/, message: 'is not an ELI' }).regex(/\/eli\//, 'is not an ELI (an EU ELI or a national one with /eli/ in its path)');

/** One source a profile's facts rest on; facts cite it by `id`. It may name an EU or a national ELI. */
const countrySourceRefSchema = z
  .strictObject({ id: idSchema, ...sourceRefFields, eli: z.union([eliSchema, nationalEliSchema]).optional() })
  .refine(hasLocator, { message: 'needs a celex, eli or url' });

/** A fact whose value `value` allows: when it was checked, what states it, and from when. */
function fact<T extends z.ZodType>(value: T) {
  return z
    .strictObject({
      value,
      checked: isoDateSchema,
      /** One source id, or a list when the value rests on several. */
      source: z.union([idSchema, z.array(idSchema).min(1, 'must name at least one source')]).optional(),
      since: isoDateSchema.optional(),
      /** The CELEX number of the Council decision that launched an exchange. */
      decision: celexSchema.optional(),
      note: text.optional(),
    });
}

const yesNo = z.enum(['yes', 'no', NOT_PUBLISHED, NOT_APPLICABLE]);
const prumValue = z.enum(['live', 'not-live', NOT_PUBLISHED, NOT_APPLICABLE]);

/** What officers of one neighbour may do on this state's territory (Articles 40-41 CISA, declarations, treaties). */
const borderSourceSchema = z.strictObject({
  neighbour: idSchema,
  kind: z.enum(['land', 'sea', 'fixed-link']),
  hot_pursuit: z.strictObject({
    allowed: fact(yesNo),
    apprehend: fact(yesNo),
    limits: fact(text),
    offences: fact(text),
    contact: fact(text),
  }),
  surveillance: z.strictObject({
    allowed: fact(yesNo),
    limits: fact(text),
    contact: fact(text),
  }),
});

/** Every fact of a profile, grouped as the profile page shows them. */
const countryFactsSourceSchema = z.strictObject({
  membership: z.strictObject({
    eu: fact(z.union([isoDateSchema, z.literal('no')])),
    schengen: fact(z.enum(['full', 'partial', 'associated', 'none'])),
    sis: fact(z.enum(['connected', 'not-connected'])),
    special_position: fact(text),
  }),
  prum: z.strictObject({
    dna: fact(prumValue),
    fingerprints: fact(prumValue),
    vehicles: fact(prumValue),
    prum_ii: fact(text),
  }),
  pnr: z.strictObject({
    piu: fact(text),
    intra_eu_flights: fact(yesNo),
  }),
  information_exchange: z.strictObject({
    transposition: fact(z.enum(['transposed', 'partially-transposed', 'not-transposed', 'infringement', NOT_PUBLISHED, NOT_APPLICABLE])),
    spoc_languages: fact(z.union([z.array(z.string().regex(/^[a-z]{2}$/, 'must be ISO 639-1 codes')).min(1), z.literal(NOT_PUBLISHED), z.literal(NOT_APPLICABLE)])),
  }),
  bodies: z.strictObject({
    spoc: fact(text),
    sirene: fact(text),
    europol_national_unit: fact(text),
    interpol_ncb: fact(text),
  }),
  borders: z.array(borderSourceSchema),
});

/** A parsed fact, of any value type. */
export interface FactSource {
  value: string | string[];
  checked: string;
  source?: string | string[] | undefined;
  since?: string | undefined;
  decision?: string | undefined;
  note?: string | undefined;
}

/** Every fact under `node` with its path below it: anything holding `value` and `checked` is a fact. */
export function* factsOf(node: unknown, path: (string | number)[] = []): Generator<[(string | number)[], FactSource]> {
  if (node === null || typeof node !== 'object') return;
  if ('value' in node && 'checked' in node) {
    yield [path, node as FactSource];
    return;
  }
  for (const [key, child] of Object.entries(node)) yield* factsOf(child, [...path, Array.isArray(node) ? Number(key) : key]);
}

/** The source ids a fact cites. */
export function citedIds(fact: FactSource): string[] {
  return fact.source === undefined ? [] : [fact.source].flat();
}

/** Telephone-like numbers (a + prefix, or four spaced digit groups) and e-mail addresses; dates and act numbers do not match. */
const CONTACT_DETAIL = /(\+\d{2,3}[ \d]{6,})|(\b\d{2,4}[ .]\d{2,4}[ .]\d{2,4}[ .]\d{2,4}\b)|([\w.-]+@[\w-]+\.[a-z]{2,})/i;

/** True when a text looks like it holds a telephone number or e-mail address, which the content never ships. */
function looksLikeContactDetail(value: string): boolean {
  return CONTACT_DETAIL.test(value.replace(/https?:\/\/\S+/g, ''));
}

/** Every string under `node` (links left out) with its path. */
function* stringsOf(node: unknown, path: (string | number)[] = []): Generator<[(string | number)[], string]> {
  if (typeof node === 'string') yield [path, node];
  else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'url' && key !== 'eli') yield* stringsOf(child, [...path, Array.isArray(node) ? Number(key) : key]);
    }
  }
}

/** Front matter of `countries/*.md`: one state's profile (format fixed in content/AUTHORING.md). */
export const countrySourceSchema = z
  .strictObject({
    id: idSchema,
    /** English short name, as in the EU Interinstitutional Style Guide. */
    name: text,
    official_name: text,
    /** ISO 3166-1 alpha-2. */
    iso: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
    /** The EU's own code where it differs (Greece EL, United Kingdom UK). */
    eu_code: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter code'),
    /** Short names in the state's own official languages, for search. */
    native_names: z.array(text).min(1, 'must name the state in its own language'),
    group: z.enum(['member-state', 'schengen-associated', 'third-country']),
    checked: isoDateSchema,
    sources: z.array(countrySourceRefSchema).min(1, 'must list the sources the facts rest on'),
    facts: countryFactsSourceSchema,
  });

/** Parsed front matter of a country profile. */
export type CountrySource = z.infer<typeof countrySourceSchema>;
/** One parsed border entry. */
export type BorderSource = z.infer<typeof borderSourceSchema>;

/** A breach of the profile rules the schema's shape cannot express, at its path in the front matter. */
export interface CountryRuleIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The rules every profile keeps beyond its shape: a source for every value that is not `not-published`, a note on
 * every `not-published` saying where the value was looked for, cited sources listed once and each cited by a fact,
 * each neighbour once and never the state itself, and no telephone number or e-mail address anywhere.
 */
export function countryRuleIssues(country: CountrySource): CountryRuleIssue[] {
  const issues: CountryRuleIssue[] = [];
  const known = new Map<string, number>();
  country.sources.forEach((source, i) => {
    if (known.has(source.id)) issues.push({ path: ['sources', i, 'id'], message: `"${source.id}" is listed twice` });
    else known.set(source.id, i);
  });
  const cited = new Set<string>();
  for (const [path, f] of factsOf(country.facts, ['facts'])) {
    if (f.value !== NOT_PUBLISHED && f.source === undefined)
      issues.push({ path: [...path, 'source'], message: 'is required unless the value is not-published' });
    if (f.value === NOT_PUBLISHED && f.note === undefined)
      issues.push({ path: [...path, 'note'], message: 'must say where the value was looked for when it is not-published' });
    for (const id of citedIds(f)) {
      cited.add(id);
      if (!known.has(id)) issues.push({ path: [...path, 'source'], message: `"${id}" is not in this file's sources` });
    }
  }
  country.sources.forEach((source, i) => {
    if (!cited.has(source.id)) issues.push({ path: ['sources', i, 'id'], message: `"${source.id}" is cited by no fact` });
  });
  const neighbours = new Set<string>();
  country.facts.borders.forEach((border, i) => {
    const path = ['facts', 'borders', i, 'neighbour'];
    if (border.neighbour === country.id) issues.push({ path, message: 'a state cannot border itself' });
    if (neighbours.has(border.neighbour)) issues.push({ path, message: `"${border.neighbour}" appears twice` });
    neighbours.add(border.neighbour);
  });
  for (const [path, value] of stringsOf(country)) {
    if (looksLikeContactDetail(value))
      issues.push({ path, message: 'looks like a telephone number or e-mail address, which the content never holds' });
  }
  return issues;
}
