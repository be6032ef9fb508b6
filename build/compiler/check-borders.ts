import type { Problem } from './problems';
import type { ValidDocument } from './validate';

type CountryDoc = Extract<ValidDocument, { kind: 'country' }>;

/**
 * Each border entry names a country profile, and each pair appears in both profiles (each says what its own
 * territory allows), so the border view always has both directions.
 */
export function checkBorders(documents: ValidDocument[]): Problem[] {
  const countries = new Map(documents.flatMap((d) => (d.kind === 'country' ? [[d.data.id, d] as const] : [])));
  const kindOf = new Map(documents.map((d) => [d.data.id, d.kind]));
  const problems: Problem[] = [];
  for (const country of countries.values() as IterableIterator<CountryDoc>) {
    country.data.facts.borders.forEach((border, i) => {
      const line = country.lineOf(['facts', 'borders', i, 'neighbour']);
      const field = `facts.borders.${i}.neighbour`;
      const other = countries.get(border.neighbour);
      if (!other) {
        const kind = kindOf.get(border.neighbour);
        problems.push({
          file: country.file,
          line,
          field,
          message: kind
            ? `"${border.neighbour}" is a ${kind}, expected a country`
            : `"${border.neighbour}" is not a known country id`,
        });
      } else if (!other.data.facts.borders.some((b) => b.neighbour === country.data.id)) {
        problems.push({
          file: country.file,
          line,
          field,
          message: `${other.file} has no border entry for "${country.data.id}": each pair appears in both profiles`,
        });
      }
    });
  }
  return problems;
}
