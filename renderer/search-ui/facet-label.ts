import type { FacetName } from '../search/query-parser';
import { texts } from '../texts/active-texts';

function labelIn(labels: Readonly<Record<string, string>>, value: string): string | undefined {
  return Object.hasOwn(labels, value) ? labels[value] : undefined;
}

/**
 * How a facet value reads in the interface: kinds, types and statuses in the texts module's words, a topic by its
 * title, a year as it is; undefined for a value that has no words, which is then not shown (never a raw id).
 */
export function facetLabel(facet: FacetName, value: string, topics: ReadonlyMap<string, string>): string | undefined {
  switch (facet) {
    case 'kind':
      return labelIn(texts.kinds, value);
    case 'type':
      return labelIn(texts.types, value) ?? labelIn(texts.country.group, value);
    case 'status':
      return labelIn(texts.standing, value);
    case 'topic':
      return topics.get(value);
    case 'year':
      return value;
  }
}
