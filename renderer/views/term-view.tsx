import { termHref } from '../../content/model/links';
import { BookmarkStar } from '../bookmarks-ui/bookmark-star';
import { useBundle } from '../bundle/bundle-context';
import { useLanguage } from '../language/language-context';
import { sourceLabel } from '../language/source-label';
import { glossaryHref } from '../routes';
import { texts } from '../texts/active-texts';
import { DocumentLink } from './document-link';
import { PrintHeader } from './print-header';

const t = texts.term;

/** A glossary term's own page: definition, abbreviations, related terms and where it is used. */
export function TermView({ id }: { id: string }) {
  const { terms, documents, bundle } = useBundle();
  const { translations } = useLanguage();
  const term = terms.get(id);
  const equivalent = translations?.terms[id];
  if (!term) return <p role="alert">{texts.termNotInBundle}</p>;
  const seeAlso = term.seeAlso.flatMap((other) => terms.get(other) ?? []);
  const lists = [
    { key: 'related', label: t.related, ids: term.related },
    { key: 'used-in', label: t.usedIn, ids: term.usedIn.filter((d) => !term.related.includes(d)) },
  ];
  return (
    <article className="term-page">
      <PrintHeader />
      <p className="breadcrumb">
        <a href={glossaryHref()}>{t.glossary}</a>
      </p>
      <BookmarkStar kind="term" id={term.id} />
      <h1 lang={bundle.language}>{term.term}</h1>
      <dl className="term-facts">
        {translations && equivalent && (
          <div>
            <dt>{t.equivalent}</dt>
            <dd>
              <span lang={translations.language} className="term-equivalent">
                {equivalent.term}
              </span>
              {equivalent.aliases.length > 0 && (
                <>
                  {' · '}
                  {t.alsoCalled}
                  {texts.colon}
                  <span lang={translations.language}>{equivalent.aliases.join(', ')}</span>
                </>
              )}
              <span className="official-title-source">{sourceLabel(equivalent.source, equivalent.checked)}</span>
            </dd>
          </div>
        )}
        {term.abbreviations.length > 0 && (
          <div>
            <dt>{t.abbreviations}</dt>
            <dd>{term.abbreviations.join(', ')}</dd>
          </div>
        )}
        {term.expansion && (
          <div>
            <dt>{t.expansion}</dt>
            <dd>{term.expansion}</dd>
          </div>
        )}
      </dl>
      <p className="definition" lang={bundle.language}>
        {term.definition}
      </p>
      {seeAlso.length > 0 && (
        <section aria-labelledby="see-also-heading">
          <h2 id="see-also-heading">{t.seeAlso}</h2>
          <ul className="inline-list">
            {seeAlso.map((other) => (
              <li key={other.id}>
                <a href={termHref(other.id)}>{other.term}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {lists.map(({ key, label, ids }) => {
        const present = ids.filter((d) => documents.has(d));
        if (present.length === 0) return null;
        return (
          <section key={key} aria-labelledby={`${key}-heading`}>
            <h2 id={`${key}-heading`}>{label}</h2>
            <ul className="member-list">
              {present.map((d) => (
                <li key={d}>
                  <DocumentLink id={d} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
