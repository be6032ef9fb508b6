import type { CountryDocument } from '../../content/model/bundle-schema';
import type { CountryBorder } from '../../content/model/country-bundle-schema';
import { BORDER_PARTS } from './country-groups';
import { FactRow, FactTableHead } from './fact-cells';

/** What officers from a neighbour may do on `country`'s territory, from `country`'s own profile: hot pursuit, then surveillance; the caption may be left to a heading above. */
export function BorderRulesTable({
  country,
  border,
  caption,
  captionShown = true,
}: {
  country: CountryDocument;
  border: CountryBorder;
  caption: string;
  captionShown?: boolean;
}) {
  return (
    <table className="fact-table border-table">
      <caption className={captionShown ? undefined : 'visually-hidden'}>{caption}</caption>
      <FactTableHead />
      {BORDER_PARTS.map((part) => (
        <tbody key={part.key}>
          <tr className="fact-part">
            <th scope="rowgroup" colSpan={4}>
              {part.title}
            </th>
          </tr>
          {part.rows.map((row) => (
            <FactRow key={row.key} label={row.label} fact={row.fact(border)} sources={country.sources} />
          ))}
        </tbody>
      ))}
    </table>
  );
}
