import { searchHref } from '../routes';
import type { QueryCorrection } from '../search/search-types';
import { texts } from '../texts/active-texts';

const t = texts.search;

/** "Showing results for <corrected>. Search instead for <as typed>": the second searches the words exactly as typed. */
export function CorrectionLine({
  correction,
  query,
  filters,
}: {
  correction: QueryCorrection;
  query: string;
  filters: Readonly<Record<string, string>>;
}) {
  return (
    <p className="correction">
      {t.showingFor} <strong>{correction.query}</strong>. {t.searchInsteadFor}{' '}
      <a href={searchHref(query, { ...filters, verbatim: '1' })}>{query}</a>
    </p>
  );
}
