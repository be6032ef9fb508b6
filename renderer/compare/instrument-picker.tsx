import { useState } from 'react';
import type { InstrumentDocument } from '../../content/model/bundle-schema';
import { useLanguage } from '../language/language-context';
import { filterInstruments } from '../layout/instrument-filter';
import { texts } from '../texts/active-texts';
import { StatusBadge } from '../views/status-badge';

const t = texts.compareView;

/** A filterable checklist of instruments; at most `max` can be ticked. */
export function InstrumentPicker({
  instruments,
  chosen,
  max,
  onChange,
}: {
  instruments: readonly InstrumentDocument[];
  chosen: readonly string[];
  max: number;
  onChange: (ids: string[]) => void;
}) {
  const [filter, setFilter] = useState('');
  const { translations } = useLanguage();
  const shown = filterInstruments(instruments, filter, translations);
  const full = chosen.length >= max;
  return (
    <fieldset className="instrument-picker">
      {/* The summary of the surrounding disclosure shows the same words and the count; the legend names the group for screen readers. */}
      <legend className="visually-hidden">{t.pick}</legend>
      <input
        type="text"
        className="picker-filter"
        aria-label={t.filterLabel}
        placeholder={texts.sidebar.filterPlaceholder}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {full && <p className="muted">{t.full}</p>}
      <ul>
        {shown.map((doc) => {
          const checked = chosen.includes(doc.id);
          return (
            <li key={doc.id}>
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={full && !checked}
                  onChange={() => onChange(checked ? chosen.filter((id) => id !== doc.id) : [...chosen, doc.id])}
                />{' '}
                {doc.shortName} <StatusBadge standing={doc.standing} />
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
