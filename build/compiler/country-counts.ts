import { factsOf, NOT_APPLICABLE, NOT_PUBLISHED, type CountrySource } from '../../content/model/country-schemas';

/** How a profile's facts stand: stated by a source, not published anywhere public, or not applicable to the state. */
export interface FactCounts {
  sourced: number;
  notPublished: number;
  notApplicable: number;
}

/** Counts a profile's facts by how they stand. */
export function countFacts(country: CountrySource): FactCounts {
  const counts: FactCounts = { sourced: 0, notPublished: 0, notApplicable: 0 };
  for (const [, fact] of factsOf(country.facts)) {
    if (fact.value === NOT_PUBLISHED) counts.notPublished += 1;
    else if (fact.value === NOT_APPLICABLE) counts.notApplicable += 1;
    else counts.sourced += 1;
  }
  return counts;
}
