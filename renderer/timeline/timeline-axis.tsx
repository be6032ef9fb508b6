import type { TimeScale } from './time-scale';

/** The years along the top of a timeline chart, for sighted readers (each row's marks carry their dates in words). */
export function TimelineAxis({ scale }: { scale: TimeScale }) {
  return (
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
  );
}
