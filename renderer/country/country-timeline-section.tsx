import { useMemo } from 'react';
import { documentHref } from '../../content/model/links';
import { useBundle } from '../bundle/bundle-context';
import { texts } from '../texts/active-texts';
import { timeScale } from '../timeline/time-scale';
import { formatDate } from '../views/format-date';
import { countryTimelineEntries, type CountryEventKind } from './country-timeline';
import { useCountries } from './use-countries';

const t = texts.country;

const KINDS: CountryEventKind[] = ['eu', 'schengen', 'sis', 'prum'];

/** The symbol of one kind of step, centred on (x, 50%). */
function CountryMark({ kind, x }: { kind: CountryEventKind; x: string }) {
  if (kind === 'eu')
    return (
      <rect className="mark country-mark-eu" x={x} y="50%" width="9" height="9" transform="translate(-4.5 -4.5)" />
    );
  return <circle className={`mark country-mark-${kind}`} cx={x} cy="50%" r={kind === 'sis' ? 3 : 5} />;
}

/**
 * The timeline's country rows: each profile as a line from its first dated step to the content date, with a mark
 * per step (EU accession, Schengen, SIS, first live Prüm exchange) that opens the profile where the step is stated.
 */
export function CountryTimelineSection() {
  const { bundle } = useBundle();
  const countries = useCountries();
  const entries = useMemo(() => countryTimelineEntries(countries), [countries]);
  const scale = useMemo(
    () => timeScale([...entries.flatMap((e) => e.events.map((ev) => ev.date)), bundle.contentDate]),
    [entries, bundle.contentDate],
  );
  if (entries.length === 0) return null;
  const ticks = scale.ticks.map((tick) => tick.at);
  return (
    <section className="country-timeline" aria-labelledby="country-timeline-heading">
      <h2 id="country-timeline-heading">{t.timelineTitle}</h2>
      <p className="summary">{t.timelineIntro}</p>
      <ul className="country-timeline-legend" aria-label={t.legend}>
        {KINDS.map((kind) => (
          <li key={kind}>
            <svg width="14" height="14" aria-hidden="true">
              <CountryMark kind={kind} x="50%" />
            </svg>
            {t.timelineEvents[kind]}
          </li>
        ))}
      </ul>
      <div className="timeline-chart">
        <div className="timeline-axis" aria-hidden="true">
          <span />
          <svg className="timeline-track">
            {scale.ticks.map((tick) => (
              <text key={tick.year} x={`${tick.at}%`} y="70%" textAnchor="middle">
                {tick.year}
              </text>
            ))}
          </svg>
        </div>
        <ol className="timeline-rows" aria-label={t.timelineTitle}>
          {entries.map(({ doc, events }) => (
            <li key={doc.id} className="timeline-row line-in-force">
              <a className="timeline-label" href={documentHref(doc.id)}>
                {doc.title}
              </a>
              <svg className="timeline-track" role="group" aria-label={doc.title}>
                {ticks.map((at) => (
                  <line key={at} className="gridline" x1={`${at}%`} x2={`${at}%`} y1="0" y2="100%" />
                ))}
                <line
                  className="lifetime"
                  x1={`${scale.at(events[0]?.date ?? bundle.contentDate)}%`}
                  x2={`${scale.at(bundle.contentDate)}%`}
                  y1="50%"
                  y2="50%"
                />
                {events.map((event) => {
                  const label = `${doc.title}: ${t.timelineEvents[event.kind]}, ${formatDate(event.date)}`;
                  return (
                    <a key={event.kind} href={documentHref(doc.id, event.anchor)} aria-label={label}>
                      <title>{label}</title>
                      <CountryMark kind={event.kind} x={`${scale.at(event.date)}%`} />
                    </a>
                  );
                })}
              </svg>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
