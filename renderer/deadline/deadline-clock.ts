import { DateTime } from 'luxon';
import type { DurationUnit } from '../../content/model/bundle-schema';

/** A period as a time limit states it. */
export interface LimitDuration {
  value: number;
  unit: DurationUnit;
}

const isWeekend = (day: DateTime) => day.weekday >= 6;

/** Moves `days` working days (Monday to Friday) forward or back, one calendar day at a time, keeping the wall-clock time. */
function shiftWorkingDays(from: DateTime, days: number, direction: 1 | -1): DateTime {
  let day = from;
  for (let left = days; left > 0;) {
    day = day.plus({ days: direction });
    if (!isWeekend(day)) left -= 1;
  }
  return day;
}

/**
 * When a time limit runs out, counted in the zone of `start`: hours as elapsed time (8 hours across the spring
 * DST change end at 09:30, not 08:30), calendar days on the calendar at the same wall-clock time, working days
 * skipping Saturdays and Sundays. Public holidays are not known to the clock and are not skipped.
 */
export function dueDate(start: DateTime, duration: LimitDuration): DateTime {
  switch (duration.unit) {
    case 'hours':
      return start.plus({ hours: duration.value });
    case 'calendar-days':
      return start.plus({ days: duration.value });
    case 'working-days':
      return shiftWorkingDays(start, duration.value, 1);
  }
}

/** The start a limit must have had to run out at `due`: the inverse of `dueDate` (for working days, from a weekday). */
export function startFor(due: DateTime, duration: LimitDuration): DateTime {
  switch (duration.unit) {
    case 'hours':
      return due.minus({ hours: duration.value });
    case 'calendar-days':
      return due.minus({ days: duration.value });
    case 'working-days':
      return shiftWorkingDays(due, duration.value, -1);
  }
}

/** Whether a zone name is one the platform's time-zone database knows (an IANA name such as Europe/Brussels, or UTC). */
export function isKnownZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/** The machine's own time zone. */
export function machineZone(): string {
  return DateTime.local().zoneName ?? 'UTC';
}

/** Time left until `due` from `now`, or undefined once it has passed, in whole days, hours and minutes. */
export function timeLeft(now: DateTime, due: DateTime): { days: number; hours: number; minutes: number } | undefined {
  if (due <= now) return undefined;
  const left = due.diff(now, ['days', 'hours', 'minutes']).toObject();
  return { days: left.days ?? 0, hours: left.hours ?? 0, minutes: Math.floor(left.minutes ?? 0) };
}
