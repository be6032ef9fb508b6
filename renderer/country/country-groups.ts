import type { CountryDocument } from '../../content/model/bundle-schema';
import type { CountryBorder, CountryFact, CountryFacts } from '../../content/model/country-bundle-schema';
import { texts } from '../texts/active-texts';
import { countryAnchors } from './country-anchors';

const t = texts.country;

/** One row of a profile table: its label and how to read its fact. */
export interface FactRowSpec {
  key: string;
  label: string;
  fact: (facts: CountryFacts) => CountryFact;
}

/** One group of a profile table, with the instruments its facts come from. */
export interface FactGroupSpec {
  key: Exclude<keyof CountryFacts, 'borders'>;
  anchor: string;
  title: string;
  rows: FactRowSpec[];
  instruments: string[];
}

const l = t.labels;

/** The profile's groups in page order (borders apart), as the issue lists them. */
export const FACT_GROUPS: FactGroupSpec[] = [
  {
    key: 'membership',
    anchor: countryAnchors.membership,
    title: t.sections.membership,
    rows: [
      { key: 'schengen', label: l.schengen, fact: (f) => f.membership.schengen },
      { key: 'sis', label: l.sis, fact: (f) => f.membership.sis },
      { key: 'eu', label: l.eu, fact: (f) => f.membership.eu },
      { key: 'specialPosition', label: l.specialPosition, fact: (f) => f.membership.specialPosition },
    ],
    instruments: ['cisa-police-cooperation', 'sis-police-regulation-2018-1862'],
  },
  {
    key: 'prum',
    anchor: countryAnchors.prum,
    title: t.sections.prum,
    rows: [
      { key: 'dna', label: l.dna, fact: (f) => f.prum.dna },
      { key: 'fingerprints', label: l.fingerprints, fact: (f) => f.prum.fingerprints },
      { key: 'vehicles', label: l.vehicles, fact: (f) => f.prum.vehicles },
      { key: 'prumII', label: l.prumII, fact: (f) => f.prum.prumII },
    ],
    instruments: ['prum-decision-2008-615', 'prum-implementing-decision-2008-616', 'prum-ii-regulation-2024-982'],
  },
  {
    key: 'pnr',
    anchor: countryAnchors.pnr,
    title: t.sections.pnr,
    rows: [
      { key: 'piu', label: l.piu, fact: (f) => f.pnr.piu },
      { key: 'intraEuFlights', label: l.intraEuFlights, fact: (f) => f.pnr.intraEuFlights },
    ],
    instruments: ['pnr-directive-2016-681'],
  },
  {
    key: 'informationExchange',
    anchor: countryAnchors.informationExchange,
    title: t.sections.informationExchange,
    rows: [
      { key: 'transposition', label: l.transposition, fact: (f) => f.informationExchange.transposition },
      { key: 'spocLanguages', label: l.spocLanguages, fact: (f) => f.informationExchange.spocLanguages },
    ],
    instruments: ['info-exchange-directive-2023-977'],
  },
  {
    key: 'bodies',
    anchor: countryAnchors.bodies,
    title: t.sections.bodies,
    rows: [
      { key: 'spoc', label: l.spoc, fact: (f) => f.bodies.spoc },
      { key: 'sirene', label: l.sirene, fact: (f) => f.bodies.sirene },
      { key: 'europolNationalUnit', label: l.europolNationalUnit, fact: (f) => f.bodies.europolNationalUnit },
      { key: 'interpolNcb', label: l.interpolNcb, fact: (f) => f.bodies.interpolNcb },
    ],
    instruments: ['spoc', 'sirene', 'europol', 'interpol-channel'],
  },
];

/** One row of a border table: its label and how to read its fact. */
export interface BorderRowSpec {
  key: string;
  label: string;
  fact: (border: CountryBorder) => CountryFact;
}

/** The two parts of a border's rules, each with its rows. */
export const BORDER_PARTS: { key: 'hotPursuit' | 'surveillance'; title: string; rows: BorderRowSpec[] }[] = [
  {
    key: 'hotPursuit',
    title: t.hotPursuit,
    rows: [
      { key: 'allowed', label: l.allowed, fact: (b) => b.hotPursuit.allowed },
      { key: 'apprehend', label: l.apprehend, fact: (b) => b.hotPursuit.apprehend },
      { key: 'limits', label: l.limits, fact: (b) => b.hotPursuit.limits },
      { key: 'offences', label: l.offences, fact: (b) => b.hotPursuit.offences },
      { key: 'contact', label: l.contact, fact: (b) => b.hotPursuit.contact },
    ],
  },
  {
    key: 'surveillance',
    title: t.surveillance,
    rows: [
      { key: 'allowed', label: l.allowed, fact: (b) => b.surveillance.allowed },
      { key: 'limits', label: l.limits, fact: (b) => b.surveillance.limits },
      { key: 'contact', label: l.contact, fact: (b) => b.surveillance.contact },
    ],
  },
];

/** The instruments behind the border rules. */
export const BORDER_INSTRUMENTS = ['cisa-police-cooperation', 'cisa-surveillance-amendment-decision-2003-725'];

/** The entry in `country`'s profile for officers coming from `neighbour`, if the two share a border. */
export function borderEntry(country: CountryDocument, neighbour: string): CountryBorder | undefined {
  return country.facts.borders.find((b) => b.neighbour === neighbour);
}
