import { z } from 'zod';

/** Where an instrument stands today; the reader shows it at the top of every page. */
export const statusSchema = z.enum([
  'in-force',
  'amended',
  'repealed',
  'annulled',
  'expired',
  'proposal',
  'delivered',
]);

/** Document status as stored in sources and bundles. */
export type Status = z.infer<typeof statusSchema>;

/** Statuses that mean the text no longer applies, so search ranks them after current ones. */
export const NO_LONGER_APPLIES: ReadonlySet<Status> = new Set(['repealed', 'annulled', 'expired']);
