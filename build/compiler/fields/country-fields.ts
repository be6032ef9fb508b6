import type { CountryBorder, CountryFact, CountryFacts } from '../../../content/model/country-bundle-schema';
import type { CountryDocument } from '../../../content/model/bundle-schema';
import { documentBase, type DerivedFields } from './document-base';
import {
  citedIds,
  type BorderSource,
  type CountrySource,
  type FactSource,
} from '../../../content/model/country-schemas';

/** Source fact -> compiled fact: cited source ids become positions in the profile's `sources`. */
function factFields(fact: FactSource, position: ReadonlyMap<string, number>): CountryFact {
  return {
    value: fact.value,
    checked: fact.checked,
    sources: citedIds(fact).map((id) => position.get(id) ?? -1),
    ...(fact.since ? { since: fact.since } : {}),
    ...(fact.decision ? { decision: fact.decision } : {}),
    ...(fact.note ? { note: fact.note } : {}),
  };
}

function borderFields(b: BorderSource, f: (fact: FactSource) => CountryFact): CountryBorder {
  const h = b.hot_pursuit;
  const s = b.surveillance;
  return {
    neighbour: b.neighbour,
    kind: b.kind,
    hotPursuit: {
      allowed: f(h.allowed),
      apprehend: f(h.apprehend),
      limits: f(h.limits),
      offences: f(h.offences),
      contact: f(h.contact),
    },
    surveillance: { allowed: f(s.allowed), limits: f(s.limits), contact: f(s.contact) },
  };
}

/** Source facts -> compiled facts (camel-cased), in the profile page's groups. */
function factsFields(facts: CountrySource['facts'], position: ReadonlyMap<string, number>): CountryFacts {
  const f = (fact: FactSource) => factFields(fact, position);
  const { membership: m, prum: p, pnr, information_exchange: ie, bodies: b } = facts;
  return {
    membership: { eu: f(m.eu), schengen: f(m.schengen), sis: f(m.sis), specialPosition: f(m.special_position) },
    prum: { dna: f(p.dna), fingerprints: f(p.fingerprints), vehicles: f(p.vehicles), prumII: f(p.prum_ii) },
    pnr: { piu: f(pnr.piu), intraEuFlights: f(pnr.intra_eu_flights) },
    informationExchange: { transposition: f(ie.transposition), spocLanguages: f(ie.spoc_languages) },
    bodies: {
      spoc: f(b.spoc),
      sirene: f(b.sirene),
      europolNationalUnit: f(b.europol_national_unit),
      interpolNcb: f(b.interpol_ncb),
    },
    borders: facts.borders.map((border) => borderFields(border, f)),
  };
}

/** What only a country profile has, from its front matter. */
function countryOwnFields(s: CountrySource) {
  const position = new Map(s.sources.map((source, i) => [source.id, i]));
  return {
    kind: 'country' as const,
    officialName: s.official_name,
    iso: s.iso,
    euCode: s.eu_code,
    nativeNames: s.native_names,
    group: s.group,
    checked: s.checked,
    sources: s.sources.map(({ id: _id, ...ref }) => ref),
    facts: factsFields(s.facts, position),
  };
}

/**
 * Country front matter -> compiled profile: titled by its English short name, summarised by its official name and its
 * names in its own languages; its `checked` and `sources` are the profile's own (facts cite the sources by position).
 */
export function countryDocument(s: CountrySource, derived: DerivedFields): CountryDocument {
  const summary = [s.official_name, ...s.native_names.filter((n) => n !== s.name)].join(' · ');
  return {
    ...documentBase({ id: s.id, title: s.name }, { shortName: s.name, summary, sections: [], topics: [] }, derived),
    ...countryOwnFields(s),
  };
}
