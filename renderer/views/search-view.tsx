import { documentHref, termHref } from '../../content/model/links';
import type { SearchEngine } from '../search/search-engine';

/** Ranked results for a query, one per document, linked to the best passage. */
export function SearchView({ engine, query }: { engine: SearchEngine; query: string }) {
  const { results } = engine.search(query);
  return (
    <section aria-labelledby="results-heading">
      <h1 id="results-heading">Search results</h1>
      <p role="status">
        {results.length} result{results.length === 1 ? '' : 's'} for “{query}”
      </p>
      <ol className="results">
        {results.map((r) => (
          <li key={r.doc.id}>
            <a href={r.doc.kind === 'term' ? termHref(r.doc.id) : documentHref(r.doc.id, r.anchor || undefined)}>{r.doc.title}</a>
            {r.headingPath.length > 0 && <span className="heading-path"> › {r.headingPath.join(' › ')}</span>}
            <p>{r.snippet.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
