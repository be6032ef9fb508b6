import { useMemo, useState } from 'react';
import type { SectionDocument } from '../../content/model/bundle-schema';
import { useBundle } from '../bundle/bundle-context';
import { CountryTimelineSection } from '../country/country-timeline-section';
import { texts } from '../texts/active-texts';
import { LIFETIME_LINES } from './lifetime-line';
import { timeScale } from './time-scale';
import { TimelineAxis } from './timeline-axis';
import { timelineEntries, type TimelineEventKind } from './timeline-entries';
import { EVENT_NAMES, EventMark, TimelineRow } from './timeline-row';
import './timeline-view.css';

const t = texts.timelineView;
const LEGEND: TimelineEventKind[] = ['adopted', 'entryIntoForce', 'applicationDate', 'ended'];

/**
 * The #/timeline page: every instrument on an SVG time axis (adoption, entry into force, end), filterable by section
 * and status, with a legend for its line styles and marks.
 */
export function TimelineView() {
  const { bundle, documents, instruments } = useBundle();
  const [section, setSection] = useState('');
  const [status, setStatus] = useState('');
  const entries = useMemo(() => timelineEntries(instruments, documents), [instruments, documents]);
  const scale = useMemo(
    () => timeScale([...entries.flatMap((e) => e.events.map((ev) => ev.date)), bundle.contentDate]),
    [entries, bundle.contentDate],
  );
  const sections = bundle.documents
    .filter((d): d is SectionDocument => d.kind === 'section')
    .sort((a, b) => a.order - b.order);
  const statuses = [...new Set(instruments.map((d) => d.standing.key))].sort();
  const shown = entries.filter(
    (e) => (!section || e.doc.sections.includes(section)) && (!status || e.doc.standing.key === status),
  );
  const ticks = scale.ticks.map((tick) => tick.at);

  return (
    <article className="timeline" aria-labelledby="timeline-heading">
      <h1 id="timeline-heading">{t.title}</h1>
      <p className="summary">{t.intro}</p>
      <div className="timeline-controls">
        <label>
          {t.section}{' '}
          <select value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">{t.all}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.shortName || s.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.status}{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t.all}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {texts.standing[s]}
              </option>
            ))}
          </select>
        </label>
        <p role="status" className="count">
          {t.count(shown.length)}
        </p>
      </div>
      <section className="timeline-legend" aria-labelledby="timeline-legend-heading">
        <h2 id="timeline-legend-heading">{t.legend}</h2>
        <p>{t.legendLines}</p>
        <ul aria-label={t.lines}>
          {LIFETIME_LINES.map((line) => (
            <li key={line} className={`line-${line}`}>
              <svg width="32" height="10" aria-hidden="true">
                <line className="lifetime" x1="3" x2="29" y1="5" y2="5" />
              </svg>
              {t.lineStyles[line]}
            </li>
          ))}
        </ul>
        <ul aria-label={t.marks}>
          {LEGEND.map((kind) => (
            <li key={kind}>
              <svg width="14" height="14" aria-hidden="true">
                <EventMark kind={kind} x="50%" />
              </svg>
              {EVENT_NAMES[kind]}
            </li>
          ))}
        </ul>
      </section>
      {shown.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="timeline-chart">
          <TimelineAxis scale={scale} />
          <ol className="timeline-rows" aria-label={t.chartLabel}>
            {shown.map((entry) => (
              <TimelineRow key={entry.doc.id} entry={entry} scale={scale} until={bundle.contentDate} ticks={ticks} />
            ))}
          </ol>
        </div>
      )}
      <CountryTimelineSection />
    </article>
  );
}
