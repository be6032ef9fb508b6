import type { CountryDocument } from '../../content/model/bundle-schema';
import { BookmarkStar } from '../bookmarks-ui/bookmark-star';
import { CountryNameLine } from '../language/country-name-line';
import { EnglishOnlyNote } from '../language/english-only-note';
import { useBundle } from '../bundle/bundle-context';
import { borderHref, compareCountriesHref, mapHref } from '../routes';
import { texts } from '../texts/active-texts';
import { DocumentBody } from '../views/document-body';
import { formatDate } from '../views/format-date';
import { PrintHeader } from '../views/print-header';
import { BorderRulesTable } from './border-rules-table';
import { countryAnchors } from './country-anchors';
import { BORDER_INSTRUMENTS, FACT_GROUPS } from './country-groups';
import { FactRow, FactTableHead } from './fact-cells';
import { InstrumentLinks } from './instrument-links';
import { SourceLink } from './source-link';
import './country.css';

const t = texts.country;

/**
 * A state's profile: one dense table per group (membership, Prüm, PNR, information exchange, national bodies), then each
 * border with what the neighbour's officers may do here; every value with its sources and the day it was checked.
 */
export function CountryView({ doc }: { doc: CountryDocument }) {
  const { documents } = useBundle();
  const nameOf = (id: string) => documents.get(id)?.title ?? id;
  return (
    <article className="document country-profile">
      <PrintHeader />
      <header className="document-header country-header">
        <BookmarkStar kind={doc.kind} id={doc.id} />
        <p className="short-name">
          {t.group[doc.group]} · <span className="identifier">{t.codes(doc.iso, doc.euCode)}</span>
        </p>
        <h1>{doc.title}</h1>
        <CountryNameLine id={doc.id} />
        <p className="summary">
          {doc.officialName}
          {doc.nativeNames.length > 0 && (
            <>
              {' · '}
              {t.alsoCalled}
              {texts.colon}
              {doc.nativeNames.join(', ')}
            </>
          )}
        </p>
        <p className="country-actions">
          <span>{t.checked(formatDate(doc.checked))}</span>
          <a href={mapHref()}>{t.mapLink}</a>
          <a href={compareCountriesHref([doc.id])}>{t.compareLink}</a>
        </p>
      </header>
      <EnglishOnlyNote />
      <DocumentBody doc={doc} />
      {FACT_GROUPS.map((group) => (
        <section key={group.key} className="fact-group" aria-labelledby={group.anchor}>
          <h2 id={group.anchor}>{group.title}</h2>
          <table className="fact-table">
            <FactTableHead />
            <tbody>
              {group.rows.map((row) => (
                <FactRow key={row.key} label={row.label} fact={row.fact(doc.facts)} sources={doc.sources} />
              ))}
            </tbody>
          </table>
          <InstrumentLinks ids={group.instruments} />
        </section>
      ))}
      <section className="fact-group" aria-labelledby={countryAnchors.borders}>
        <h2 id={countryAnchors.borders}>{t.sections.borders}</h2>
        {doc.facts.borders.map((border) => (
          <section
            key={border.neighbour}
            className="border-entry"
            aria-labelledby={countryAnchors.border(border.neighbour)}
          >
            <h3 id={countryAnchors.border(border.neighbour)}>
              {t.borderWith(nameOf(border.neighbour))}{' '}
              <span className="border-kind">({t.borderKind[border.kind]})</span>
            </h3>
            <p>
              <a href={borderHref(doc.id, border.neighbour)}>{t.openBorder(doc.title, nameOf(border.neighbour))}</a>
            </p>
            <BorderRulesTable
              country={doc}
              border={border}
              caption={t.direction(nameOf(border.neighbour), doc.title)}
            />
          </section>
        ))}
        <InstrumentLinks ids={BORDER_INSTRUMENTS} />
      </section>
      <section className="fact-group country-sources" aria-labelledby="country-sources">
        <h2 id="country-sources">{t.sourcesHeading}</h2>
        <ol>
          {doc.sources.map((source, i) => (
            <li key={i}>
              <SourceLink source={source} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
