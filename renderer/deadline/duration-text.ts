import type { DurationUnit } from '../../content/model/bundle-schema';

const UNIT_WORDS: Record<DurationUnit, [one: string, many: string]> = {
  hours: ['hour', 'hours'],
  'calendar-days': ['calendar day', 'calendar days'],
  'working-days': ['working day', 'working days'],
};

/** A duration in words, such as "8 hours" or "1 working day". */
export function durationText(duration: { value: number; unit: DurationUnit }): string {
  const [one, many] = UNIT_WORDS[duration.unit];
  return `${duration.value} ${duration.value === 1 ? one : many}`;
}

/** The key-fact line an instrument shows for one structured time limit, so the two are always the same fact. */
export function timeLimitFactLine(limit: {
  what: string;
  duration: { value: number; unit: DurationUnit };
  starts: string;
  article: string;
}): string {
  return `${limit.what}: ${durationText(limit.duration)} from ${limit.starts} (${limit.article}).`;
}
