import type { InstrumentDocument } from '../../content/model/bundle-schema';
import { documentHref } from '../../content/model/links';
import { useBundle } from '../bundle/bundle-context';
import { texts } from '../texts/active-texts';
import { StatusBadge } from '../views/status-badge';
import { compareRows } from './compare-rows';
import { CompareTable } from './compare-table';
import { InstrumentPicker } from './instrument-picker';
import { PickerDetails } from './picker-details';
import { useComparePicks } from './use-compare-picks';
import './compare-view.css';

const t = texts.compareView;
const MAX = 4;

/** The #/compare page: two to four instruments (`ids`, from `#/compare?ids=a,b`) with identifiers, dates and key facts side by side. */
export function CompareView({ ids }: { ids: readonly string[] }) {
  const { documents, instruments, topics } = useBundle();
  const unique = [...new Set(ids)];
  const unknown = unique.filter((id) => documents.get(id)?.kind !== 'instrument');
  const picks = useComparePicks(unique.filter((id) => !unknown.includes(id)).slice(0, MAX));
  const { chosen: chosenIds, choose } = picks;
  const chosen = chosenIds
    .map((id) => documents.get(id))
    .filter((d): d is InstrumentDocument => d?.kind === 'instrument');
  const rows = compareRows(chosen, documents, topics);

  return (
    <article className="compare" aria-labelledby="compare-heading">
      <h1 id="compare-heading">{t.title}</h1>
      <p className="summary">{t.intro}</p>
      {unknown.length > 0 && <p role="note">{t.unknown(unknown.join(', '))}</p>}
      <PickerDetails
        picks={picks}
        summary={
          <>
            {t.pick}: <span className="count">{t.chosenCount(chosen.length)}</span>
          </>
        }
      >
        <InstrumentPicker instruments={instruments} chosen={chosenIds} max={MAX} onChange={choose} />
      </PickerDetails>
      {chosen.length < 2 ? (
        <p role="status">{t.needTwo}</p>
      ) : (
        <CompareTable
          className="compare-table"
          caption={t.tableCaption}
          columns={chosen.map((doc) => ({
            key: doc.id,
            head: (
              <>
                <a href={documentHref(doc.id)}>{doc.shortName}</a>
                <div className="compare-head-meta">
                  <StatusBadge standing={doc.standing} />
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t.remove(doc.shortName)}
                    onClick={() => choose(chosenIds.filter((id) => id !== doc.id))}
                  >
                    ×
                  </button>
                </div>
              </>
            ),
          }))}
        >
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.differs ? undefined : 'same'}>
                <th scope="row">{row.label}</th>
                {row.cells.map((items, i) => (
                  <td key={chosen[i]?.id}>
                    {items.length === 1 ? (
                      <CompareItemText item={items[0]} />
                    ) : (
                      items.length > 1 && (
                        <ul>
                          {items.map((item) => (
                            <li key={item.text}>
                              <CompareItemText item={item} />
                            </li>
                          ))}
                        </ul>
                      )
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </CompareTable>
      )}
    </article>
  );
}

function CompareItemText({ item }: { item: { text: string; href?: string } | undefined }) {
  if (!item) return null;
  return item.href ? <a href={item.href}>{item.text}</a> : <>{item.text}</>;
}
