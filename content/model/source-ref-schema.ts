import { z } from 'zod';
import { celexSchema, eliSchema } from './identifiers';

const text = z.string().trim().min(1, 'must not be empty');

/** The fields of a source reference; the country profiles' sources add an id that facts cite. */
export const sourceRefFields = {
  title: text,
  celex: celexSchema.optional(),
  eli: eliSchema.optional(),
  url: z.url({ protocol: /^https?$/, message: 'must be an http or https URL' }).optional(),
  article: text.optional(),
  /** A non-official source (press, aggregator), shown as such. */
  secondary: z.boolean().optional(),
};

/** A source reference can be found: it names a CELEX number, an ELI or a URL. */
export function hasLocator(s: { celex?: string | undefined; eli?: string | undefined; url?: string | undefined }): boolean {
  return s.celex !== undefined || s.eli !== undefined || s.url !== undefined;
}

/** One source a document's facts rest on: a title and at least one of CELEX, ELI or URL. */
export const sourceRefSchema = z.strictObject(sourceRefFields).refine(hasLocator, { message: 'needs a celex, eli or url' });

/** One parsed source reference. */
export type SourceRef = z.infer<typeof sourceRefSchema>;
