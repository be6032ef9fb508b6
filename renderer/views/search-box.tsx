import { useState, type FormEvent } from 'react';
import { searchHref } from '../routes';

/** The search field in the top bar; submitting opens the results. */
export function SearchBox({ initial }: { initial: string }) {
  const [query, setQuery] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    window.location.hash = searchHref(query);
  };
  return (
    <form role="search" onSubmit={submit}>
      <input
        type="search"
        aria-label="Search the reference"
        placeholder="Search instruments, terms, sections"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
    </form>
  );
}
