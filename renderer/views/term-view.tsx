import type { Term } from '../../content/model/bundle-schema';

/** A glossary term's own page. */
export function TermView({ term }: { term: Term | undefined }) {
  if (!term) return <p role="alert">This term is not in this content version.</p>;
  return (
    <article>
      <h1>{term.term}</h1>
      {term.abbreviations.length > 0 && <p>Abbreviation: {term.abbreviations.join(', ')}</p>}
      <p>{term.definition}</p>
    </article>
  );
}
