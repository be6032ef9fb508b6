import type { CountryDocument } from '../../../content/model/bundle-schema';
import type { CountryFact } from '../../../content/model/country-bundle-schema';
import { countryTexts as t } from '../../texts/en-country';

/** A property the map can colour states by: the fact it reads and the values it shows, in legend order. */
export interface MapProperty {
  key: string;
  label: string;
  fact: (doc: CountryDocument) => CountryFact;
  values: string[];
}

/** The properties the map colours by; the first is the default. */
export const MAP_PROPERTIES: MapProperty[] = [
  {
    key: 'schengen',
    label: t.labels.schengen,
    fact: (d) => d.facts.membership.schengen,
    values: ['full', 'partial', 'associated', 'none'],
  },
  {
    key: 'prum-dna',
    label: `Prüm ${t.labels.dna}`,
    fact: (d) => d.facts.prum.dna,
    values: ['live', 'not-live', 'not-published', 'not-applicable'],
  },
  {
    key: 'pnr-intra-eu',
    label: `PNR: ${t.labels.intraEuFlights}`,
    fact: (d) => d.facts.pnr.intraEuFlights,
    values: ['yes', 'no', 'not-published', 'not-applicable'],
  },
];

/** The property a route names, or the default. */
export function mapProperty(key: string | undefined): MapProperty {
  return MAP_PROPERTIES.find((p) => p.key === key) ?? (MAP_PROPERTIES[0] as MapProperty);
}

/** The colour class of a state's value: its place among the property's values, or `other` for a value not listed. */
export function valueClass(property: MapProperty, doc: CountryDocument): string {
  const value = property.fact(doc).value;
  const index = typeof value === 'string' ? property.values.indexOf(value) : -1;
  return index === -1 ? 'map-value-other' : `map-value-${index}`;
}
