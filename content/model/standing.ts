import { z } from 'zod';
import { statusSchema, type Status } from './status';

/**
 * Where a document stands on the content date, the one status model every badge and banner shows: the written
 * status, refined by the document's dates and relations ("in force, repeal pending", "applies from <date>").
 */
const standingKeySchema = z.enum([...statusSchema.options, 'applies-from', 'repeal-pending']);

/** A standing and the date it turns on: applies from / since, repealed on, repeal takes effect on (when known). */
export const standingSchema = z.strictObject({
  key: standingKeySchema,
  date: z.string().optional(),
});

/** A standing's key. */
export type StandingKey = z.infer<typeof standingKeySchema>;
/** Where a document stands on the content date. */
export type Standing = z.infer<typeof standingSchema>;

/** When a repeal, amendment or replacement takes effect, in compiled form. */
export const relationEffectSchema = z.strictObject({
  date: z.string().optional(),
  note: z.string().optional(),
  /** Set when the effect waits for an event that has not happened: what it waits for. */
  pending: z.string().optional(),
});

/** When a relation takes effect. */
export type RelationEffect = z.infer<typeof relationEffectSchema>;

/** What the standing is worked out from. */
export interface StandingInput {
  status: Status;
  applicationDate?: string | undefined;
  endDate?: string | undefined;
  /** Acts that repeal this one, with when each repeal takes effect (if written). */
  repeals: { effect?: RelationEffect | undefined }[];
}

/** Keys that mean the act no longer applies. */
const ENDED = new Set<Status>(['repealed', 'annulled', 'expired']);

/** The standing of a document on `asOf` (the content date). */
export function standingOf(input: StandingInput, asOf: string): Standing {
  const { status } = input;
  if (ENDED.has(status)) return input.endDate ? { key: status as StandingKey, date: input.endDate } : { key: status as StandingKey };
  if (status === 'proposal' || status === 'delivered') return { key: status };
  if (input.repeals.length > 0) {
    // A repeal still to come: dated if one repeal has a future date, else waiting on an event.
    const dates = input.repeals.flatMap((r) => (r.effect?.date && r.effect.date > asOf ? [r.effect.date] : [])).sort();
    return dates[0] ? { key: 'repeal-pending', date: dates[0] } : { key: 'repeal-pending' };
  }
  if (input.applicationDate && input.applicationDate > asOf) return { key: 'applies-from', date: input.applicationDate };
  if (input.applicationDate) return { key: status, date: input.applicationDate };
  return { key: status };
}
