import { z } from 'zod';

/** A compiled fact: its value, when it was checked, and the positions in the profile's `sources` of what states it. */
const countryFactSchema = z.strictObject({
  value: z.union([z.string(), z.array(z.string())]),
  checked: z.string(),
  sources: z.array(z.number().int().nonnegative()),
  since: z.string().optional(),
  decision: z.string().optional(),
  note: z.string().optional(),
});

/** A compiled border entry: what officers of `neighbour` may do on the profile's territory. */
const countryBorderSchema = z.strictObject({
  neighbour: z.string(),
  kind: z.enum(['land', 'sea', 'fixed-link']),
  hotPursuit: z.strictObject({
    allowed: countryFactSchema,
    apprehend: countryFactSchema,
    limits: countryFactSchema,
    offences: countryFactSchema,
    contact: countryFactSchema,
  }),
  surveillance: z.strictObject({ allowed: countryFactSchema, limits: countryFactSchema, contact: countryFactSchema }),
});

/** A profile's facts in compiled form, grouped as the profile page shows them. */
const countryFactsSchema = z.strictObject({
  membership: z.strictObject({ eu: countryFactSchema, schengen: countryFactSchema, sis: countryFactSchema, specialPosition: countryFactSchema }),
  prum: z.strictObject({ dna: countryFactSchema, fingerprints: countryFactSchema, vehicles: countryFactSchema, prumII: countryFactSchema }),
  pnr: z.strictObject({ piu: countryFactSchema, intraEuFlights: countryFactSchema }),
  informationExchange: z.strictObject({ transposition: countryFactSchema, spocLanguages: countryFactSchema }),
  bodies: z.strictObject({ spoc: countryFactSchema, sirene: countryFactSchema, europolNationalUnit: countryFactSchema, interpolNcb: countryFactSchema }),
  borders: z.array(countryBorderSchema),
});

/** The fields a country profile adds to every document's. */
export const countryFieldsShape = {
  kind: z.literal('country'),
  officialName: z.string(),
  iso: z.string(),
  euCode: z.string(),
  nativeNames: z.array(z.string()),
  group: z.enum(['member-state', 'schengen-associated', 'third-country']),
  facts: countryFactsSchema,
};

/** A compiled fact. */
export type CountryFact = z.infer<typeof countryFactSchema>;
/** A compiled border entry. */
export type CountryBorder = z.infer<typeof countryBorderSchema>;
/** A profile's compiled facts. */
export type CountryFacts = z.infer<typeof countryFactsSchema>;
/** The group a state belongs to. */
export type CountryGroup = z.infer<typeof countryFieldsShape.group>;
