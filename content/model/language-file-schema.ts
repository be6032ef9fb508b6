import { z } from 'zod';
import { LANGUAGE_FILE_FORMAT, TRANSLATED_LANGUAGES } from './languages';

/** Where the entry was read and when, carried so the reader can say so. */
const attested = {
  source: z.strictObject({
    celex: z.string().optional(),
    eli: z.string().optional(),
    url: z.string().optional(),
    article: z.string().optional(),
    secondary: z.boolean().optional(),
  }),
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
