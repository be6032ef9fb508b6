import type { CountryDocument } from '../../content/model/bundle-schema';
import type { CountryFact } from '../../content/model/country-bundle-schema';
import { countryAnchors } from './country-anchors';

/** The dated steps of a state's cooperation the timeline draws. */
export type CountryEventKind = 'eu' | 'schengen' | 'sis' | 'prum';

/** One state's dated steps, in time order, each leading to the profile group that states it. */
export interface CountryTimelineEntry {
  doc: CountryDocument;
  events: { kind: CountryEventKind; date: string; anchor: string }[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date a fact gives, if it is a plain ISO date: its value for EU membership, else its `since`. */
function dateOf(fact: CountryFact, fromValue = false): string | undefined {
  const date = fromValue ? fact.value : fact.since;
  return typeof date === 'string' && ISO_DATE.test(date) ? date : undefined;
}

/** Every state with at least one dated step: EU accession, Schengen, SIS connection and the first live Prüm exchange; earliest first. */
export function countryTimelineEntries(countries: readonly CountryDocument[]): CountryTimelineEntry[] {
  return countries
    .map((doc) => {
      const { membership: m, prum: p } = doc.facts;
      const prum = [p.dna, p.fingerprints, p.vehicles]
        .filter((f) => f.value === 'live')
        .flatMap((f) => dateOf(f) ?? [])
        .sort()[0];
      const dated: [CountryEventKind, string | undefined, string][] = [
        ['eu', dateOf(m.eu, true), countryAnchors.membership],
        ['schengen', dateOf(m.schengen), countryAnchors.membership],
        ['sis', dateOf(m.sis), countryAnchors.membership],
        ['prum', prum, countryAnchors.prum],
      ];
      const events = dated
        .filter((e): e is [CountryEventKind, string, string] => e[1] !== undefined)
        .map(([kind, date, anchor]) => ({ kind, date, anchor }))
        .sort((a, b) => a.date.localeCompare(b.date));
      return { doc, events };
    })
    .filter((entry) => entry.events.length > 0)
    .sort(
      (a, b) =>
        (a.events[0]?.date ?? '').localeCompare(b.events[0]?.date ?? '') || a.doc.title.localeCompare(b.doc.title),
    );
}
