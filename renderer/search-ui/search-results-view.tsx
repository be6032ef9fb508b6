import { useMemo } from 'react';
import { useBundle } from '../bundle/bundle-context';
import { OfficialTitleText } from '../language/official-title-text';
import { searchHref } from '../routes';
import { FACET_NAMES, type FacetName } from '../search/query-parser';
import type { SearchResult } from '../search/search-types';
import { texts } from '../texts/active-texts';
import { StatusBadge } from '../views/status-badge';
import { CorrectionLine } from './correction-line';
import { DirectAnswerBox } from './direct-answer-box';
import { FacetGroup } from './facet-group';
import { facetLabel } from './facet-label';
import { echoQuery, fullQueryTitle } from './query-echo';
import { resultHref } from './result-href';
import { routeFilters, withFilter } from './route-filters';
import { SnippetText } from './snippet-text';
import { useSearch } from './use-search';
import './search-results-view.css';
import { LocalContentBadge } from '../local-content/local-content-badge';

const t = texts.search;
const LIMIT = 50;

function ResultItem({ result }: { result: SearchResult }) {
  return (
    <li className="result">
      <h2 className="result-title">
        <a href={resultHref(result)}>{result.shortName || result.title}</a>
      </h2>
      {result.shortName && result.shortName !== result.title && <p className="result-official">{result.title}</p>}
      <OfficialTitleText id={result.id} className="result-official result-translated" />
      <p className="result-meta">
        <span>{texts.kinds[result.kind]}</span>
        {result.celex && <span className="identifier">{result.celex}</span>}
        {result.standing && result.kind === 'instrument' && <StatusBadge standing={result.standing} />}
        <LocalContentBadge id={result.id} />
        {result.headingPath.length > 0 && <span className="heading-path">{result.headingPath.join(' › ')}</span>}
      </p>
      {result.snippet.text && (
        <p className="result-snippet">
          <SnippetText snippet={result.snippet} />
        </p>
      )}
    </li>
  );
}

/** The #/search page: every result for `query` with facets (kind, type, status, topic, year) that narrow it through the route's `filters`. */
export function SearchResultsView({ query, filters }: { query: string; filters: Readonly<Record<string, string>> }) {
  const { topics } = useBundle();
  const chosen = useMemo(() => routeFilters(filters), [filters]);
  const active = FACET_NAMES.filter((facet) => chosen[facet]);
  const enabled = query.trim() !== '' || active.length > 0;
  // "Search instead for" the words as typed: the route says so, and the engine then corrects nothing.
  const verbatim = filters.verbatim === '1';
  const options = useMemo(() => ({ limit: LIMIT, filters: chosen, verbatim }), [chosen, verbatim]);
  const search = useSearch('results', query, options, enabled);
  const response = search.pending ? undefined : search.response;
  const status = !enabled
    ? t.emptyQuery
    : search.error
      ? t.failed(search.error)
      : !response
        ? t.searching
        : response.total === 0
          ? query.trim()
            ? t.noResults(echoQuery(query))
            : t.noneFiltered
          : query.trim()
            ? t.count(response.total, echoQuery(query))
            : t.countFiltered(response.total);

  return (
    <article className="search-results" aria-labelledby="results-heading">
      <h1 id="results-heading">{texts.searchResults}</h1>
      <p role="status" className="results-status" title={enabled ? fullQueryTitle(query) : undefined}>
        {status}
      </p>
      {response?.correction && <CorrectionLine correction={response.correction} query={query} filters={filters} />}
      {response?.answer && <DirectAnswerBox answer={response.answer} />}
      {active.length > 0 && (
        <p className="active-filters">
          <span>{t.filteredBy}</span>
          {active.map((facet: FacetName) => {
            // A value with no words came from an address typed by hand: it is shown as it was typed.
            const value = filters[facet] ?? '';
            const label = `${t.facets[facet]}: ${facetLabel(facet, value, topics) ?? value}`;
            return (
              <a
                key={facet}
                className="filter-chip"
                href={searchHref(query, withFilter(filters, facet, undefined))}
                aria-label={t.removeFilter(label)}
              >
                {label} <span aria-hidden="true">×</span>
              </a>
            );
          })}
          {active.length > 1 && <a href={searchHref(query)}>{t.clearFilters}</a>}
        </p>
      )}
      {response && response.total > 0 && (
        <div className="results-columns">
          <ol className="results" aria-label={t.resultsLabel}>
            {response.results.map((result) => (
              <ResultItem key={result.id} result={result} />
            ))}
          </ol>
          <nav className="facets" aria-label={t.filtersLabel}>
            {FACET_NAMES.map((facet) => (
              <FacetGroup key={facet} facet={facet} values={response.facets[facet]} query={query} filters={filters} />
            ))}
          </nav>
        </div>
      )}
      {response && response.total > response.results.length && (
        <p className="muted">{t.shown(response.results.length, response.total)}</p>
      )}
    </article>
  );
}
