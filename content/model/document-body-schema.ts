import { z } from 'zod';
import { BUNDLE_FORMAT } from './formats';

/** One heading of a document's table of contents. */
const tocEntrySchema = z.strictObject({
  depth: z.number().int().min(2).max(4),
  text: z.string(),
  anchor: z.string(),
});

/** `documents/<id>.json`: what a document shows only once it is opened, its HTML and the contents made from it. */
export const documentBodySchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  id: z.string(),
  html: z.string(),
  toc: z.array(tocEntrySchema),
});

/** A document's body. */
export type DocumentBody = z.infer<typeof documentBodySchema>;
/** A table-of-contents entry. */
export type TocEntry = z.infer<typeof tocEntrySchema>;
