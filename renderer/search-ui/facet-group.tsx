import { useState } from 'react';
import { useBundle } from '../bundle/bundle-context';
import type { FacetName } from '../search/query-parser';
import { searchHref } from '../routes';
import { texts } from '../texts/active-texts';
import { facetLabel } from './facet-label';
import { withFilter } from './route-filters';

const t = texts.search;
const FIRST_VALUES = 8;

/** One facet's values with their counts, each a link that filters the results by it (or, when chosen, removes it); values without words are left out. */
export function FacetGroup({
  facet,
  values,
  query,
  filters,
}: {
  facet: FacetName;
  values: readonly { value: string; count: number }[];
  query: string;
  filters: Readonly<Record<string, string>>;
}) {
  const { topics } = useBundle();
  const [all, setAll] = useState(false);
  const chosen = filters[facet];
  const labelled = values.flatMap(({ value, count }) => {
    const label = facetLabel(facet, value, topics);
    return label === undefined ? [] : [{ value, count, label }];
  });
  const ordered = facet === 'year' ? labelled.sort((a, b) => b.value.localeCompare(a.value)) : labelled;
  const shown = all ? ordered : ordered.slice(0, FIRST_VALUES);
  if (ordered.length === 0) return null;
  const headingId = `facet-${facet}`;
  return (
    <section className="facet" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.facets[facet]}</h3>
      <ul>
        {shown.map(({ value, count, label }) => {
          const selected = chosen === value;
          return (
            <li key={value}>
              <a
                href={searchHref(query, withFilter(filters, facet, selected ? undefined : value))}
                aria-current={selected ? 'true' : undefined}
                aria-label={selected ? t.removeFilter(label) : undefined}
              >
                {label}
              </a>{' '}
              <span className="count">{count}</span>
            </li>
          );
        })}
      </ul>
      {ordered.length > FIRST_VALUES && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t.fewerValues : t.moreValues(ordered.length - FIRST_VALUES)}
        </button>
      )}
    </section>
  );
}
