import { z } from 'zod';

/**
 * A source a compiled document's facts rest on, as the reader shows it (the source's own field names): one shape
 * for every kind, a country profile's cited sources included.
 */
export const bundleSourceRefSchema = z.strictObject({
  title: z.string(),
  celex: z.string().optional(),
  eli: z.string().optional(),
  url: z.string().optional(),
  article: z.string().optional(),
  secondary: z.boolean().optional(),
});

/** A compiled source reference. */
export type BundleSourceRef = z.infer<typeof bundleSourceRefSchema>;
