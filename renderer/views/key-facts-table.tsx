import { useId } from 'react';
import type { KeyFacts } from '../../content/model/bundle-schema';
import { texts } from '../texts/active-texts';

const ROWS = ['data', 'channels', 'timeLimits', 'access'] as const;

/**
 * Data, channels, time limits and access as one compact table; empty rows are left out. On a page it is a landmark;
 * in a briefing pack, where every item has one, `landmark={false}` keeps the landmarks unique (each item is one).
 */
export function KeyFactsTable({ facts, landmark = true }: { facts: KeyFacts | undefined; landmark?: boolean }) {
  // Several tables share a page in a briefing pack, so the heading's id is made per table.
  const headingId = useId();
  const rows = ROWS.filter((row) => facts && facts[row].length > 0);
  if (!facts || rows.length === 0) return null;
  return (
    <section className="key-facts" aria-labelledby={landmark ? headingId : undefined}>
      <h2 id={headingId}>{texts.keyFacts.title}</h2>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row">{texts.keyFacts[row]}</th>
              <td>
                <ul>
                  {facts[row].map((fact) => (
                    <li key={fact}>{fact}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
