import { useMemo, useState } from 'react';
import { termHref } from '../../content/model/links';
import { useBundle } from '../bundle/bundle-context';
import { glossaryHref } from '../routes';
import { texts } from '../texts/active-texts';
import { filterTerms, termLetter } from './glossary-filter';

const t = texts.glossary;

/** The glossary: an A-Z index, a filter that narrows the list as you type, and every term's short definition. */
export function GlossaryView({ letter }: { letter?: string }) {
  const { bundle } = useBundle();
  const [filter, setFilter] = useState('');
  const sorted = useMemo(
    () => [...bundle.terms].sort((a, b) => a.term.localeCompare(b.term, texts.locale)),
    [bundle.terms],
  );
  const letters = useMemo(() => [...new Set(sorted.map(termLetter))], [sorted]);
  const chosen = letter?.toUpperCase();
  // A filter searches every letter: officers type before they notice which letter is open.
  const shown = filter ? filterTerms(sorted, filter) : sorted.filter((term) => !chosen || termLetter(term) === chosen);
  return (
    <article className="glossary">
      <h1>{t.title}</h1>
      <nav aria-label={t.index} className="letter-index">
        <a href={glossaryHref()} aria-current={!chosen ? 'page' : undefined}>
          {t.all}
        </a>
        {letters.map((l) => (
          <a key={l} href={glossaryHref(l)} aria-current={chosen === l ? 'page' : undefined}>
            {l}
          </a>
        ))}
      </nav>
      <div className="filter-field">
        <label htmlFor="glossary-filter">{t.filterLabel}</label>
        <input
          id="glossary-filter"
          type="search"
          placeholder={t.filterPlaceholder}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <span role="status" className="count">
          {shown.length > 0 ? t.count(shown.length) : t.none}
        </span>
      </div>
      <dl className="term-list">
        {shown.map((term) => (
          <div key={term.id}>
            <dt>
              <a href={termHref(term.id)}>{term.term}</a>
              {term.abbreviations.filter((a) => a !== term.term).length > 0 && (
                <span className="abbreviations"> ({term.abbreviations.filter((a) => a !== term.term).join(', ')})</span>
              )}
            </dt>
            <dd>{term.definition}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
