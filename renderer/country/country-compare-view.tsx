import type { CountryDocument } from '../../content/model/bundle-schema';
import { documentHref } from '../../content/model/links';
import { CompareTable } from '../compare/compare-table';
import { PickerDetails } from '../compare/picker-details';
import { useComparePicks, type ComparePicks } from '../compare/use-compare-picks';
import { borderHref, compareCountriesHref } from '../routes';
import { texts } from '../texts/active-texts';
import { PrintHeader } from '../views/print-header';
import { FACT_GROUPS } from './country-groups';
import { FactSources, FactValue } from './fact-cells';
import { useCountries } from './use-countries';
import './country.css';

const t = texts.country;

const MAX = 4;

/** A checklist of the states; at most four can be ticked, each tick shown at once and put in the URL (Back undoes it). */
function CountryPicker({ countries, picks }: { countries: CountryDocument[]; picks: ComparePicks }) {
  const { chosen, choose } = picks;
  const full = chosen.length >= MAX;
  return (
    <PickerDetails picks={picks} summary={`${t.comparePick}: ${t.compareChosen(chosen.length)}`}>
      <fieldset className="country-picker">
        <legend className="visually-hidden">{t.comparePick}</legend>
        {full && <p className="muted">{t.compareFull}</p>}
        <ul>
          {countries.map((c) => {
            const checked = chosen.includes(c.id);
            return (
              <li key={c.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={full && !checked}
                    onChange={() => choose(checked ? chosen.filter((id) => id !== c.id) : [...chosen, c.id])}
                  />{' '}
                  {c.title}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </PickerDetails>
  );
}

/** Two to four states' facts side by side, group by group, each value with its sources; then the borders of each. */
export function CountryCompareView({ ids }: { ids: readonly string[] }) {
  const countries = useCountries();
  const known = [...new Set(ids)].filter((id) => countries.some((c) => c.id === id)).slice(0, MAX);
  const picks = useComparePicks(known, compareCountriesHref);
  const chosen = picks.chosen.flatMap((id) => countries.find((c) => c.id === id) ?? []);
  const nameOf = (id: string) => countries.find((c) => c.id === id)?.title ?? id;
  return (
    <article className="document country-compare" aria-labelledby="country-compare-heading">
      <PrintHeader />
      <h1 id="country-compare-heading">{t.compare}</h1>
      <p className="summary">{t.compareIntro}</p>
      <CountryPicker countries={countries} picks={picks} />
      {chosen.length < 2 ? (
        <p role="status">{t.compareNeedTwo}</p>
      ) : (
        <CompareTable
          className="fact-table country-compare-table"
          caption={t.compareCaption}
          columns={chosen.map((c) => ({ key: c.id, head: <a href={documentHref(c.id)}>{c.title}</a> }))}
        >
          {FACT_GROUPS.map((group) => (
            <tbody key={group.key}>
              <tr className="fact-part">
                <th scope="rowgroup" colSpan={chosen.length + 1}>
                  {group.title}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {chosen.map((c) => (
                    <td key={c.id}>
                      <FactValue fact={row.fact(c.facts)} />
                      <FactSources fact={row.fact(c.facts)} sources={c.sources} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
          <tbody>
            <tr>
              <th scope="row">{t.compareBorders}</th>
              {chosen.map((c) => (
                <td key={c.id}>
                  {c.facts.borders.map((b, i) => (
                    <span key={b.neighbour}>
                      {i > 0 && ', '}
                      <a href={borderHref(c.id, b.neighbour)}>{nameOf(b.neighbour)}</a>
                    </span>
                  ))}
                </td>
              ))}
            </tr>
          </tbody>
        </CompareTable>
      )}
    </article>
  );
}
