import { documentHref } from '../../content/model/links';
import { NO_LONGER_APPLIES } from '../../content/model/status';
import { texts } from '../texts/active-texts';
import { formatDate } from '../views/format-date';
import { StatusBadge } from '../views/status-badge';
import { lifetimeLine } from './lifetime-line';
import type { TimeScale } from './time-scale';
import type { TimelineEntry, TimelineEventKind } from './timeline-entries';
import { TimelineTrack } from './timeline-track';

const t = texts.timelineView;

/** What each event is called in labels and the legend. */
export const EVENT_NAMES: Record<TimelineEventKind, string> = {
  adopted: t.adopted,
  entryIntoForce: t.entryIntoForce,
  applicationDate: t.applicationDate,
  ended: t.ended,
};

/** The symbol of one kind of event, centred on (x, 50%). */
export function EventMark({ kind, x }: { kind: TimelineEventKind; x: string }) {
  switch (kind) {
    case 'adopted':
      return <circle className="mark mark-adopted" cx={x} cy="50%" r="5" />;
    case 'entryIntoForce':
      return <circle className="mark mark-entry" cx={x} cy="50%" r="5" />;
    case 'applicationDate':
      return <circle className="mark mark-application" cx={x} cy="50%" r="3" />;
    case 'ended':
      return <rect className="mark mark-ended" x={x} y="50%" width="9" height="9" transform="translate(-4.5 -4.5)" />;
  }
}

/** One instrument: its full name, then a line over its lifetime (to `until` while it still applies) with a linked mark per event. */
export function TimelineRow({
  entry,
  scale,
  until,
  ticks,
}: {
  entry: TimelineEntry;
  scale: TimeScale;
  until: string;
  ticks: readonly number[];
}) {
  const { doc, events } = entry;
  const href = documentHref(doc.id);
  const start = events[0]?.date ?? until;
  const ended = events.find((e) => e.kind === 'ended');
  // Only what still applies runs on to `until`; a proposal, or an act that ended on a day the content does not record, stops at its last date.
  const end =
    ended?.date ??
    (doc.status === 'proposal' || NO_LONGER_APPLIES.has(doc.status) ? (events.at(-1)?.date ?? start) : until);
  return (
    <li className={`timeline-row line-${lifetimeLine(doc.status)}`}>
      <span className="timeline-name">
        <a className="timeline-label" href={href} title={doc.title}>
          {doc.shortName}
        </a>
        {doc.standing.key !== 'in-force' && (
          <>
            {' '}
            <StatusBadge standing={doc.standing} />
          </>
        )}
      </span>
      <TimelineTrack
        label={doc.shortName}
        ticks={ticks}
        from={scale.at(start)}
        to={scale.at(end)}
        marks={events.map((event) => ({
          key: event.kind,
          href,
          label: t.mark(doc.shortName, EVENT_NAMES[event.kind].toLowerCase(), formatDate(event.date)),
          symbol: <EventMark kind={event.kind} x={`${scale.at(event.date)}%`} />,
        }))}
      />
    </li>
  );
}
