import { useEffect, useState } from 'react';
import { documentHref, termHref } from '../../content/model/links';
import { loadSearchIndex } from '../bundle/load-bundle';
import { loadSearchEngine, type SearchEngine } from '../search/search-engine';
import { texts } from '../texts/en';

let engineLoad: Promise<SearchEngine> | undefined;

/** Interim results page until the search UI's own view is mounted: ranked results for a query. */
export function SearchView({ query }: { query: string }) {
  const [engine, setEngine] = useState<SearchEngine>();
  useEffect(() => {
    engineLoad ??= loadSearchIndex().then(loadSearchEngine);
    void engineLoad.then(setEngine);
  }, []);
  const results = engine?.search(query).results ?? [];
  return (
    <section aria-labelledby="results-heading">
      <h1 id="results-heading">{texts.searchResults}</h1>
      <p role="status">{engine ? `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”` : texts.loading}</p>
      <ol className="results">
        {results.map((r) => (
          <li key={r.id}>
            <a href={r.kind === 'term' ? termHref(r.id) : documentHref(r.id, r.anchor || undefined)}>{r.title}</a>
            {r.headingPath.length > 0 && <span className="heading-path"> › {r.headingPath.join(' › ')}</span>}
            <p>{r.snippet.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
