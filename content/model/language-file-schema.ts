import { z } from 'zod';
import { bundleSourceRefSchema } from './bundle-source-ref-schema';
import { LANGUAGE_FILE_FORMAT, TRANSLATED_LANGUAGES } from './languages';

/** Where the entry was read and when, carried so the reader can say so. */
const attested = {
  // A language entry's source is named by its identifiers alone: the compiled source reference without a title.
  source: bundleSourceRefSchema.omit({ title: true }),
  checked: z.string(),
};

/** `language-<language>.json` in a bundle: what the reader shows beside the English content in that language. */
export const languageFileSchema = z.strictObject({
  format: z.literal(LANGUAGE_FILE_FORMAT),
  language: z.enum(TRANSLATED_LANGUAGES),
  instruments: z.record(z.string(), z.strictObject({ title: z.string(), number: z.string().optional(), ...attested })),
  bodies: z.record(z.string(), z.strictObject({ title: z.string(), ...attested })),
  terms: z.record(z.string(), z.strictObject({ term: z.string(), aliases: z.array(z.string()), ...attested })),
  countries: z.record(z.string(), z.strictObject({ name: z.string(), ...attested })),
});

/** A compiled language file. */
export type LanguageFile = z.infer<typeof languageFileSchema>;
