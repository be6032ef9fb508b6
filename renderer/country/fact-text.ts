import type { CountryFact } from '../../content/model/country-bundle-schema';
import { NOT_APPLICABLE, NOT_PUBLISHED } from '../../content/model/country-schemas';
import { texts } from '../texts/active-texts';

const t = texts.country;

/** How a fact stands: a value a source states, no public source, or a rule that does not apply. */
export type FactStanding = 'stated' | 'not-published' | 'not-applicable';

/** Whether a fact has a value, is not published or does not apply. */
export function factStanding(fact: CountryFact): FactStanding {
  if (fact.value === NOT_PUBLISHED) return 'not-published';
  if (fact.value === NOT_APPLICABLE) return 'not-applicable';
  return 'stated';
}

/** A fact's value in words: codes spelled out ("live" -> "Live"), lists joined, dates and free text as written. */
export function factValueText(fact: CountryFact): string {
  const standing = factStanding(fact);
  if (standing === 'not-published') return t.notPublished;
  if (standing === 'not-applicable') return t.notApplicable;
  if (Array.isArray(fact.value)) return fact.value.join(', ');
  return t.values[fact.value] ?? fact.value;
}
