import type { ReactNode } from 'react';

/** One dated mark on a track: where it leads, what it says to a screen reader and on hover, and its symbol. */
export interface TrackMark {
  key: string;
  href: string;
  label: string;
  symbol: ReactNode;
}

/**
 * The drawing of one timeline row, instruments' and countries' alike: the year gridlines, a line over its lifetime
 * (`from` to `to`, percent of the axis) and a linked mark per dated event, grouped under the row's name.
 */
export function TimelineTrack({
  label,
  ticks,
  from,
  to,
  marks,
}: {
  label: string;
  ticks: readonly number[];
  from: number;
  to: number;
  marks: readonly TrackMark[];
}) {
  return (
    <svg className="timeline-track" role="group" aria-label={label}>
      {ticks.map((at) => (
        <line key={at} className="gridline" x1={`${at}%`} x2={`${at}%`} y1="0" y2="100%" />
      ))}
      <line className="lifetime" x1={`${from}%`} x2={`${to}%`} y1="50%" y2="50%" />
      {marks.map((mark) => (
        <a key={mark.key} href={mark.href} aria-label={mark.label}>
          <title>{mark.label}</title>
          {mark.symbol}
        </a>
      ))}
    </svg>
  );
}
