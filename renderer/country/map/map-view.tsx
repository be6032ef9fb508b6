import { useRef, useState, type KeyboardEvent } from 'react';
import { documentHref } from '../../../content/model/links';
import { mapHref } from '../../routes';
import { countryTexts as t } from '../../texts/en-country';
import { formatDate } from '../../views/format-date';
import { PrintHeader } from '../../views/print-header';
import { FactValue } from '../fact-cells';
import { factValueText } from '../fact-text';
import { useCountries } from '../use-countries';
import shapesFile from './europe-shapes.json';
import type { MapShapes } from './map-shapes-schema';
import { mapProperty, MAP_PROPERTIES, valueClass } from './map-properties';
import { ARROW_STEPS, moveOnMap } from './spatial-move';
import './country-map.css';

const shapes = shapesFile as MapShapes;
/** Radius of the round mark on states too small to see or click at this scale. */
const SMALL_MARK_RADIUS = 7;

/**
 * The map of the 32 states, coloured by one property (`by`), each a link to its profile. One state is in the tab
 * order at a time; arrow keys move to the nearest state that way. The same data follows as a table, for screen
 * readers and for print.
 */
export default function MapView({ by }: { by?: string | undefined }) {
  const countries = useCountries();
  const property = mapProperty(by);
  const byId = new Map(countries.map((c) => [c.id, c]));
  const drawn = shapes.states.filter((s) => byId.has(s.id));
  const [focused, setFocused] = useState(drawn[0]?.id ?? '');
  // React types an <a> as HTML even inside <svg>, where it is an SVG link; only focus() is used.
  const links = useRef(new Map<string, { focus(): void }>());

  const onKeyDown = (event: KeyboardEvent) => {
    const step = ARROW_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const next = moveOnMap(drawn, focused, step);
    if (next) links.current.get(next)?.focus();
  };
  const counts = property.values.map((value) => countries.filter((c) => property.fact(c).value === value).length);

  return (
    <article className="document map-view" aria-labelledby="map-heading">
      <PrintHeader />
      <header className="document-header">
        <h1 id="map-heading">{t.mapTitle}</h1>
      </header>
      <p className="map-controls">
        <label>
          {t.colourBy}{' '}
          <select value={property.key} onChange={(e) => (window.location.hash = mapHref(e.target.value))}>
            {MAP_PROPERTIES.map((p) => (
              <option key={p.key} value={p.key}>
                {p.label}
              </option>
            ))}
          </select>
        </label>{' '}
        <span id="map-hint" className="map-hint">
          {t.mapHint}
        </span>
      </p>
      <figure className="country-map">
        <svg
          className="map-drawing"
          viewBox={`0 0 ${shapes.width} ${shapes.height}`}
          role="group"
          aria-label={t.mapLabel(property.label)}
          aria-describedby="map-hint"
          onKeyDown={onKeyDown}
        >
          <path className="map-background" d={shapes.background} />
          {drawn.map((state) => {
            const doc = byId.get(state.id);
            if (!doc) return null;
            const label = `${doc.title}: ${factValueText(property.fact(doc))}`;
            return (
              <a
                key={state.id}
                href={documentHref(state.id)}
                ref={(el) => {
                  if (el) links.current.set(state.id, el);
                  else links.current.delete(state.id);
                }}
                tabIndex={focused === state.id ? 0 : -1}
                aria-label={label}
                className={`map-state ${valueClass(property, doc)}`}
                data-state={state.id}
                onFocus={() => setFocused(state.id)}
              >
                <title>{label}</title>
                <path d={state.d} />
                {state.small && <circle className="map-small-mark" cx={state.x} cy={state.y} r={SMALL_MARK_RADIUS} />}
              </a>
            );
          })}
        </svg>
        <figcaption>
          <span className="map-legend-title">{t.legend}:</span>
          <ul className="map-legend">
            {property.values.map((value, i) => (
              <li key={value}>
                <svg className="map-swatch" viewBox="0 0 10 10" aria-hidden="true">
                  <rect className={`map-value-${i}`} width="10" height="10" />
                </svg>{' '}
                {factValueText({ value, checked: '', sources: [] })} ({counts[i]})
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <table className="fact-table map-table">
        <caption>{t.tableAlternative}</caption>
        <thead>
          <tr>
            <th scope="col">{t.state}</th>
            <th scope="col">{property.label}</th>
            <th scope="col">{t.checkedColumn}</th>
          </tr>
        </thead>
        <tbody>
          {countries.map((doc) => (
            <tr key={doc.id}>
              <th scope="row">
                <a href={documentHref(doc.id)}>{doc.title}</a> <span className="identifier">{doc.iso}</span>
              </th>
              <td>
                <FactValue fact={property.fact(doc)} />
              </td>
              <td className="fact-checked">{formatDate(property.fact(doc).checked)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
