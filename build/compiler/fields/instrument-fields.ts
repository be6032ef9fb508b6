import type { InstrumentDocument, KeyFacts } from '../../../content/model/bundle-schema';
import type { InstrumentSource, KeyFactsSource } from '../../../content/model/source-schemas';
import { definedFields } from './defined-fields';
import { documentBase, type DerivedFields } from './document-base';
import { reviewTrailFields } from './review-trail-fields';
import { standingOf } from '../../../content/model/standing';

/** An instrument's key-fact lines made from its structured limits in `time-limits.yaml` (empty for other kinds). */
export interface StructuredLimits {
  structuredLimits: string[];
}

/** Key facts with the structured limits' lines first: an instrument with structured limits has key facts even without its own. */
function instrumentKeyFacts(facts: KeyFactsSource | undefined, structuredLimits: string[]): KeyFacts | undefined {
  if (!facts && structuredLimits.length === 0) return undefined;
  return {
    data: facts?.data ?? [],
    channels: facts?.channels ?? [],
    timeLimits: [...structuredLimits, ...(facts?.time_limits ?? [])],
    access: facts?.access ?? [],
  };
}

/** Instrument front matter -> compiled instrument (`amended_by`, `repealed_by`, `replaces`, `related` reach the bundle through the relations stage). */
export function instrumentDocument(s: InstrumentSource, derived: DerivedFields & StructuredLimits): InstrumentDocument {
  return {
    ...documentBase(
      s,
      { shortName: s.short_name, summary: s.status_note, sections: s.sections, topics: s.topics },
      derived,
    ),
    kind: 'instrument',
    abbreviations: s.abbreviations,
    type: s.type,
    adopted: s.adopted,
    status: s.status,
    statusNote: s.status_note,
    standing: standingOf(
      {
        status: s.status,
        applicationDate: s.application_date,
        endDate: s.end_date,
        repeals: derived.relations.repealedBy.map((id) => ({ effect: derived.effective?.[id] })),
      },
      derived.contentDate,
    ),
    ...definedFields({
      number: s.number,
      celex: s.celex,
      eli: s.eli,
      ecli: s.ecli,
      oj: s.oj,
      entryIntoForce: s.entry_into_force,
      applicationDate: s.application_date,
      endDate: s.end_date,
      legalBasis: s.legal_basis,
      keyFacts: instrumentKeyFacts(s.key_facts, derived.structuredLimits),
      effective: derived.effective,
    }),
    ...reviewTrailFields(s),
  };
}
