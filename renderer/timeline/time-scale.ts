/** Maps ISO dates onto a horizontal axis in per cent, with year ticks. */
export interface TimeScale {
  /** Position of an ISO date, 0 to 100. */
  at(date: string): number;
  /** Years to label, with their positions. */
  ticks: { year: number; at: number }[];
}

const STEPS = [1, 2, 5, 10, 20, 50];
const MAX_TICKS = 14;

function yearFraction(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const start = Date.UTC(y, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}

/** A scale from the January before the earliest date to the January after the latest, ticked every 1, 2, 5, 10… years. */
export function timeScale(dates: readonly string[]): TimeScale {
  const years = dates.map(yearFraction);
  const now = new Date().getUTCFullYear();
  const first = years.length > 0 ? Math.floor(Math.min(...years)) : now;
  const last = (years.length > 0 ? Math.floor(Math.max(...years)) : now) + 1;
  const step = STEPS.find((s) => (last - first) / s <= MAX_TICKS) ?? 100;
  const span = last - first;
  const at = (year: number) => ((year - first) / span) * 100;
  const ticks: TimeScale['ticks'] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push({ year, at: at(year) });
  return { at: (date) => at(yearFraction(date)), ticks };
}
