import { useMemo } from 'react';
import { documentHref } from '../../content/model/links';
import { useBundle } from '../bundle/bundle-context';
import { texts } from '../texts/active-texts';
import { timeScale } from '../timeline/time-scale';
import { TimelineAxis } from '../timeline/timeline-axis';
import { TimelineTrack } from '../timeline/timeline-track';
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
        <TimelineAxis scale={scale} />
        <ol className="timeline-rows" aria-label={t.timelineTitle}>
          {entries.map(({ doc, events }) => (
            <li key={doc.id} className="timeline-row line-in-force">
              <a className="timeline-label" href={documentHref(doc.id)}>
                {doc.title}
              </a>
              <TimelineTrack
                label={doc.title}
                ticks={ticks}
                from={scale.at(events[0]?.date ?? bundle.contentDate)}
                to={scale.at(bundle.contentDate)}
                marks={events.map((event) => ({
                  key: event.kind,
                  href: documentHref(doc.id, event.anchor),
                  label: `${doc.title}: ${t.timelineEvents[event.kind]}, ${formatDate(event.date)}`,
                  symbol: <CountryMark kind={event.kind} x={`${scale.at(event.date)}%`} />,
                }))}
              />
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
