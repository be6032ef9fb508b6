import type { CountryDocument } from '../../content/model/bundle-schema';
import type { CountryFact } from '../../content/model/country-bundle-schema';
import type { PassageWithText, SearchDoc } from '../../content/model/search-index-schema';
import { countryTexts as t } from '../../renderer/texts/en-country';
import { countryAnchors } from '../../renderer/country/country-anchors';
import { factValueText } from '../../renderer/country/fact-text';

/** A profile as search sees it: its English name as title, its codes and names in its own languages as abbreviations. */
export function countrySearchDoc(doc: CountryDocument): SearchDoc {
  const names = [
    doc.iso,
    ...(doc.euCode === doc.iso ? [] : [doc.euCode]),
    ...doc.nativeNames.filter((n) => n !== doc.title),
    doc.officialName,
  ];
  return {
    id: doc.id,
    kind: 'country',
    title: doc.title,
    shortName: doc.shortName,
    abbreviations: names,
    identifiers: [],
    type: doc.group,
    topics: doc.topics,
  };
}

function line(label: string, fact: CountryFact): string {
  return `${label}: ${factValueText(fact)}${fact.note ? ` (${fact.note})` : ''}.`;
}

/**
 * The facts of a profile as passages, one per group of the profile page and one per border, so a search for
 * "hot pursuit Denmark" or "Prüm DNA Netherlands" finds the row that answers it. `nameOf` names neighbours.
 */
export function countryPassages(doc: CountryDocument, nameOf: (id: string) => string): PassageWithText[] {
  const { membership: m, prum: p, pnr, informationExchange: ie, bodies: b } = doc.facts;
  const l = t.labels;
  const passage = (anchor: string, heading: string, lines: string[]): PassageWithText => ({
    doc: doc.id,
    anchor,
    headingPath: [heading],
    text: `${doc.title}. ${lines.join(' ')}`,
  });
  const groups = [
    passage(countryAnchors.membership, t.sections.membership, [
      line(l.eu, m.eu),
      line(l.schengen, m.schengen),
      line(l.sis, m.sis),
      line(l.specialPosition, m.specialPosition),
    ]),
    passage(countryAnchors.prum, t.sections.prum, [
      line(l.dna, p.dna),
      line(l.fingerprints, p.fingerprints),
      line(l.vehicles, p.vehicles),
      line(l.prumII, p.prumII),
    ]),
    passage(countryAnchors.pnr, t.sections.pnr, [line(l.piu, pnr.piu), line(l.intraEuFlights, pnr.intraEuFlights)]),
    passage(countryAnchors.informationExchange, t.sections.informationExchange, [
      line(l.transposition, ie.transposition),
      line(l.spocLanguages, ie.spocLanguages),
    ]),
    passage(countryAnchors.bodies, t.sections.bodies, [
      line(l.spoc, b.spoc),
      line(l.sirene, b.sirene),
      line(l.europolNationalUnit, b.europolNationalUnit),
      line(l.interpolNcb, b.interpolNcb),
    ]),
  ];
  const borders = doc.facts.borders.map((border) => {
    const h = border.hotPursuit;
    const s = border.surveillance;
    const neighbour = nameOf(border.neighbour);
    return passage(countryAnchors.border(border.neighbour), t.borderWith(neighbour), [
      `${t.direction(neighbour, doc.title)}, ${t.borderKind[border.kind] ?? border.kind}.`,
      `${t.hotPursuit}.`,
      ...[
        line(l.allowed, h.allowed),
        line(l.apprehend, h.apprehend),
        line(l.limits, h.limits),
        line(l.offences, h.offences),
        line(l.contact, h.contact),
      ],
      `${t.surveillance}.`,
      ...[line(l.allowed, s.allowed), line(l.limits, s.limits), line(l.contact, s.contact)],
    ]);
  });
  return [...groups, ...borders];
}
