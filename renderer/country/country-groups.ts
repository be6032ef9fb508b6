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
type Label = keyof typeof l;
type FactGroupKey = FactGroupSpec['key'];

/** One group: its anchor and title by its key, and a row per fact key, labelled with that key's text. */
function factGroup<G extends FactGroupKey>(
  key: G,
  rowKeys: readonly (keyof CountryFacts[G] & Label)[],
  instruments: string[],
): FactGroupSpec {
  return {
    key,
    anchor: countryAnchors[key],
    title: t.sections[key],
    rows: rowKeys.map((row) => ({ key: row, label: l[row], fact: (f) => f[key][row] as CountryFact })),
    instruments,
  };
}

/** The profile's groups in page order (borders apart), as the issue lists them. */
export const FACT_GROUPS: FactGroupSpec[] = [
  factGroup(
    'membership',
    ['schengen', 'sis', 'eu', 'specialPosition'],
    ['cisa-police-cooperation', 'sis-police-regulation-2018-1862'],
  ),
  factGroup(
    'prum',
    ['dna', 'fingerprints', 'vehicles', 'prumII'],
    ['prum-decision-2008-615', 'prum-implementing-decision-2008-616', 'prum-ii-regulation-2024-982'],
  ),
  factGroup('pnr', ['piu', 'intraEuFlights'], ['pnr-directive-2016-681']),
  factGroup('informationExchange', ['transposition', 'spocLanguages'], ['info-exchange-directive-2023-977']),
  factGroup(
    'bodies',
    ['spoc', 'sirene', 'europolNationalUnit', 'interpolNcb'],
    ['spoc', 'sirene', 'europol', 'interpol-channel'],
  ),
];

/** One row of a border table: its label and how to read its fact. */
export interface BorderRowSpec {
  key: string;
  label: string;
  fact: (border: CountryBorder) => CountryFact;
}

type BorderPartKey = 'hotPursuit' | 'surveillance';

/** One part of a border's rules, with a row per fact key, labelled with that key's text. */
function borderPart<P extends BorderPartKey>(
  key: P,
  title: string,
  rowKeys: readonly (keyof CountryBorder[P] & Label)[],
) {
  return {
    key,
    title,
    rows: rowKeys.map((row): BorderRowSpec => ({ key: row, label: l[row], fact: (b) => b[key][row] as CountryFact })),
  };
}

/** The two parts of a border's rules, each with its rows. */
export const BORDER_PARTS: { key: BorderPartKey; title: string; rows: BorderRowSpec[] }[] = [
  borderPart('hotPursuit', t.hotPursuit, ['allowed', 'apprehend', 'limits', 'offences', 'contact']),
  borderPart('surveillance', t.surveillance, ['allowed', 'limits', 'contact']),
];

/** The instruments behind the border rules. */
export const BORDER_INSTRUMENTS = ['cisa-police-cooperation', 'cisa-surveillance-amendment-decision-2003-725'];

/** The entry in `country`'s profile for officers coming from `neighbour`, if the two share a border. */
export function borderEntry(country: CountryDocument, neighbour: string): CountryBorder | undefined {
  return country.facts.borders.find((b) => b.neighbour === neighbour);
}
