import type { CountrySourceRef } from '../../content/model/country-bundle-schema';
import { texts } from '../texts/active-texts';

const t = texts.country;

/** Where a source can be read: its URL, else its ELI, else its CELEX number on EUR-Lex. */
function sourceHref(source: CountrySourceRef): string | undefined {
  if (source.url) return source.url;
  if (source.eli) return source.eli;
  return source.celex
    ? `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${encodeURIComponent(source.celex)}`
    : undefined;
}

/** A source by title, linked where it can be read (the shell asks before opening the system browser), marked when secondary. */
export function SourceLink({ source }: { source: CountrySourceRef }) {
  const href = sourceHref(source);
  const label = [source.title, source.article].filter(Boolean).join(', ');
  return (
    <>
      {href ? (
        <a href={href} rel="noreferrer" className="source-link">
          {label}
        </a>
      ) : (
        label
      )}
      {source.secondary && <span className="secondary-source"> ({t.secondary})</span>}
    </>
  );
}
