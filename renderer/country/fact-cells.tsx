import type { BundleSourceRef } from '../../content/model/bundle-source-ref-schema';
import type { CountryFact } from '../../content/model/country-bundle-schema';
import { texts } from '../texts/active-texts';
import { formatDate } from '../views/format-date';
import { factStanding, factValueText } from './fact-text';
import { SourceLink } from './source-link';

const t = texts.country;

/** Values up to this length (codes, dates, names) stand out in bold; longer text reads better plain. */
const SHORT_VALUE = 60;

/** A fact's value with its start date, launching decision and note; "not published" and "not applicable" stand out as such. */
export function FactValue({ fact }: { fact: CountryFact }) {
  const standing = factStanding(fact);
  const value = factValueText(fact);
  const isDate = typeof fact.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fact.value);
  return (
    <>
      {standing === 'stated' ? (
        <span className={value.length > SHORT_VALUE ? 'fact-text' : 'fact-value'}>
          {isDate ? t.memberSince(formatDate(value)) : value}
        </span>
      ) : (
        <span className={`fact-standing fact-${standing}`}>{value}</span>
      )}
      {fact.since && <span className="fact-since"> · {t.since(formatDate(fact.since))}</span>}
      {fact.decision && <span className="fact-decision identifier"> · {t.decision(fact.decision)}</span>}
      {fact.note && <span className="fact-note">{fact.note}</span>}
    </>
  );
}

/** The sources a fact cites, each linked, and the day it was checked. */
export function FactSources({ fact, sources }: { fact: CountryFact; sources: readonly BundleSourceRef[] }) {
  const cited = fact.sources.flatMap((i) => (sources[i] ? [sources[i]] : []));
  return (
    <>
      {cited.length === 0 ? (
        <span className="fact-no-source">{t.noSource}</span>
      ) : (
        <ul className="fact-sources">
          {cited.map((source, i) => (
            <li key={i}>
              <SourceLink source={source} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One table row: label, value, sources and the date it was checked. */
export function FactRow({
  label,
  fact,
  sources,
}: {
  label: string;
  fact: CountryFact;
  sources: readonly BundleSourceRef[];
}) {
  return (
    <tr className={`fact-row fact-row-${factStanding(fact)}`}>
      <th scope="row">{label}</th>
      <td>
        <FactValue fact={fact} />
      </td>
      <td className="fact-source-cell">
        <FactSources fact={fact} sources={sources} />
      </td>
      <td className="fact-checked">
        <time dateTime={fact.checked}>{formatDate(fact.checked)}</time>
      </td>
    </tr>
  );
}

/** The column headings every fact table shares. */
export function FactTableHead({ first = t.fact }: { first?: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{t.value}</th>
        <th scope="col">{t.source}</th>
        <th scope="col">{t.checkedColumn}</th>
      </tr>
    </thead>
  );
}
