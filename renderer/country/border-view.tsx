import { useState, type FormEvent } from 'react';
import type { CountryDocument } from '../../content/model/bundle-schema';
import { documentHref } from '../../content/model/links';
import { borderHref } from '../routes';
import { texts } from '../texts/active-texts';
import { PrintHeader } from '../views/print-header';
import { BorderRulesTable } from './border-rules-table';
import { BORDER_INSTRUMENTS, borderEntry } from './country-groups';
import { InstrumentLinks } from './instrument-links';
import { useCountries } from './use-countries';
import './country.css';

const t = texts.country;

/** Two selects for the states of a border; the second lists only the first's neighbours. */
function BorderPicker({ countries, from, to }: { countries: CountryDocument[]; from: string; to: string }) {
  const [first, setFirst] = useState(from);
  const [second, setSecond] = useState(to);
  const neighbours = countries.find((c) => c.id === first)?.facts.borders.map((b) => b.neighbour) ?? [];
  const choices = countries.filter((c) => neighbours.includes(c.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (first && second) window.location.hash = borderHref(first, second);
  };
  return (
    <form className="border-picker" onSubmit={submit} aria-label={t.pickBorder}>
      <label>
        {t.firstState}{' '}
        <select
          value={first}
          onChange={(e) => {
            setFirst(e.target.value);
            setSecond('');
          }}
        >
          <option value="">–</option>
          {countries
            .filter((c) => c.facts.borders.length > 0)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t.secondState}{' '}
        <select value={second} onChange={(e) => setSecond(e.target.value)} disabled={choices.length === 0}>
          <option value="">–</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!first || !second}>
        {t.showBorder}
      </button>
    </form>
  );
}

/**
 * One border, both directions side by side: on the left what officers of the first state may do in the second (from the
 * second's profile), on the right the reverse (from the first's).
 */
export function BorderView({ from, to }: { from: string; to: string }) {
  const countries = useCountries();
  const a = countries.find((c) => c.id === from);
  const b = countries.find((c) => c.id === to);
  const intoB = a && b && borderEntry(b, a.id);
  const intoA = a && b && borderEntry(a, b.id);
  return (
    <article className="document border-view">
      <PrintHeader />
      <header className="document-header">
        <h1>{a && b ? t.borderView(a.title, b.title) : t.pickBorder}</h1>
      </header>
      <BorderPicker key={`${from}/${to}`} countries={countries} from={a?.id ?? ''} to={b?.id ?? ''} />
      {a && b && !intoA && !intoB && <p role="alert">{t.noBorder(a.title, b.title)}</p>}
      {a && b && (intoA || intoB) && (
        <>
          <p className="summary">{t.borderIntro}</p>
          <div className="border-directions">
            {[
              { entered: b, from: a, entry: intoB },
              { entered: a, from: b, entry: intoA },
            ].map(({ entered, from: origin, entry }) => (
              <section key={entered.id} className="border-direction" aria-labelledby={`direction-${entered.id}`}>
                <h2 id={`direction-${entered.id}`}>{t.direction(origin.title, entered.title)}</h2>
                <p className="border-profile-link">
                  <a href={documentHref(entered.id)}>{entered.title}</a>
                  {entry && <> · {t.borderKind[entry.kind]}</>}
                </p>
                {entry ? (
                  <BorderRulesTable
                    country={entered}
                    border={entry}
                    caption={t.direction(origin.title, entered.title)}
                    captionShown={false}
                  />
                ) : (
                  <p>{t.noBorder(origin.title, entered.title)}</p>
                )}
              </section>
            ))}
          </div>
          <InstrumentLinks ids={BORDER_INSTRUMENTS} />
        </>
      )}
    </article>
  );
}
