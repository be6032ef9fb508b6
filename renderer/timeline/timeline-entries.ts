import type { Document, InstrumentDocument } from '../../content/model/bundle-schema';
import { NO_LONGER_APPLIES } from '../../content/model/status';

/** The dated events the timeline draws. */
export type TimelineEventKind = 'adopted' | 'entryIntoForce' | 'applicationDate' | 'ended';

/** One instrument's dated events, in time order. */
export interface TimelineEntry {
  doc: InstrumentDocument;
  events: { kind: TimelineEventKind; date: string }[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * When an instrument stopped applying: its own end date or, for one repealed without one, the date
 * its successor took over (applied, else entered into force, else was adopted).
 */
function endOf(doc: InstrumentDocument, documents: ReadonlyMap<string, Document>): string | undefined {
  if (doc.endDate) return doc.endDate;
  if (!NO_LONGER_APPLIES.has(doc.status)) return undefined;
  for (const id of doc.relations.repealedBy) {
    const successor = documents.get(id);
    if (successor?.kind === 'instrument')
      return successor.applicationDate ?? successor.entryIntoForce ?? successor.adopted;
  }
  return undefined;
}

/** The instruments with their events, oldest adoption first; dates that are not plain ISO dates are left out. */
export function timelineEntries(
  instruments: readonly InstrumentDocument[],
  documents: ReadonlyMap<string, Document>,
): TimelineEntry[] {
  return instruments
    .map((doc) => {
      const dated: [TimelineEventKind, string | undefined][] = [
        ['adopted', doc.adopted],
        ['entryIntoForce', doc.entryIntoForce],
        ['applicationDate', doc.applicationDate !== doc.entryIntoForce ? doc.applicationDate : undefined],
        ['ended', endOf(doc, documents)],
      ];
      const events = dated
        .filter((e): e is [TimelineEventKind, string] => e[1] !== undefined && ISO_DATE.test(e[1]))
        .map(([kind, date]) => ({ kind, date }))
        .sort((a, b) => a.date.localeCompare(b.date));
      return { doc, events };
    })
    .filter((entry) => entry.events.length > 0)
    .sort(
      (a, b) =>
        (a.events[0]?.date ?? '').localeCompare(b.events[0]?.date ?? '') ||
        a.doc.shortName.localeCompare(b.doc.shortName),
    );
}
