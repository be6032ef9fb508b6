import { z } from 'zod';
import { celexSchema, eliSchema, idSchema, isoDateSchema } from './identifiers';
import { TRANSLATED_LANGUAGES } from './languages';

const text = z.string().trim().min(1, 'must not be empty');

const CONSOLIDATED_CELEX = /^0\d{4}[A-Z]{1,2}\d{4}(?:\(\d{2}\))?-\d{8}$/;

/**
 * A CELEX number, or that of a consolidated version (sector 0, the act's number, the version's date, e.g.
 * 02003X0217(01)-20110715): some terms are attested only in the consolidated text EUR-Lex keeps up to date.
 */
const sourceCelexSchema = z
  .string()
  .refine((value) => celexSchema.safeParse(value).success || CONSOLIDATED_CELEX.test(value), {
    message: 'is not a CELEX number (e.g. 32016L0681, or 02003X0217(01)-20110715 for a consolidated version)',
  });

/** Where an official title or equivalent was read: a CELEX, ELI or URL, the article, and whether the copy is not official. */
const languageSourceRefSchema = z
  .strictObject({
    celex: sourceCelexSchema.optional(),
    eli: eliSchema.optional(),
    url: z.url({ protocol: /^https?$/, message: 'must be an http or https URL' }).optional(),
    article: text.optional(),
    secondary: z.boolean().optional(),
  })
  .refine((s) => s.celex !== undefined || s.eli !== undefined || s.url !== undefined, { message: 'needs a celex, eli or url' });

/** Every entry says where it was read and when. */
const attested = { source: languageSourceRefSchema, checked: isoDateSchema };

/** A map from ids of the English content to entries; `{}` or absent when a language has none yet. */
const byId = <T extends z.ZodType>(entry: T) => z.record(idSchema, entry).default({});

/** `content/languages/<language>.yaml`: official titles, glossary equivalents and country names in one language. */
export const languageSourceSchema = z.strictObject({
  language: z.enum(TRANSLATED_LANGUAGES),
  /** Official titles of instruments, copied exactly from the Official Journal in this language. */
  instruments: byId(z.strictObject({ title: text, number: text.optional(), ...attested })),
  /** Official names of agencies, networks and systems. */
  bodies: byId(z.strictObject({ title: text, ...attested })),
  /** Glossary equivalents from IATE or the official texts; aliases are other attested equivalents. */
  terms: byId(z.strictObject({ term: text, aliases: z.array(text).default([]), ...attested })),
  /** Country names as in the EU's Interinstitutional Style Guide. */
  countries: byId(z.strictObject({ name: text, ...attested })),
});

/** A parsed language file. */
export type LanguageSource = z.infer<typeof languageSourceSchema>;
