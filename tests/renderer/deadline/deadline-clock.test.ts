import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  dueDate,
  isKnownZone,
  startFor,
  timeLeft,
  type LimitDuration,
} from '../../../renderer/deadline/deadline-clock';

const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone });
const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: true });

describe('dueDate', () => {
  it('counts hours as elapsed time across the spring DST change', () => {
    // Brussels moves from 02:00 to 03:00 on 29 March 2026: eight hours from 00:30 end at 09:30 summer time.
    expect(iso(dueDate(at('2026-03-29T00:30', 'Europe/Brussels'), { value: 8, unit: 'hours' }))).toBe(
      '2026-03-29T09:30:00+02:00',
    );
  });

  it('counts hours as elapsed time across the autumn DST change', () => {
    expect(iso(dueDate(at('2026-10-25T00:30', 'Europe/Brussels'), { value: 8, unit: 'hours' }))).toBe(
      '2026-10-25T07:30:00+01:00',
    );
  });

  it('keeps the wall-clock time for calendar days across a DST change', () => {
    expect(iso(dueDate(at('2026-03-28T10:00', 'Europe/Brussels'), { value: 3, unit: 'calendar-days' }))).toBe(
      '2026-03-31T10:00:00+02:00',
    );
  });

  it('runs calendar days over a month end and a year end', () => {
    expect(iso(dueDate(at('2026-01-28T16:45', 'Europe/Lisbon'), { value: 7, unit: 'calendar-days' }))).toBe(
      '2026-02-04T16:45:00+00:00',
    );
    expect(iso(dueDate(at('2026-12-29T09:00', 'Europe/Helsinki'), { value: 3, unit: 'calendar-days' }))).toBe(
      '2027-01-01T09:00:00+02:00',
    );
    expect(iso(dueDate(at('2028-02-27T12:00', 'Europe/Warsaw'), { value: 2, unit: 'calendar-days' }))).toBe(
      '2028-02-29T12:00:00+01:00',
    );
  });

  it('skips the weekend for working days', () => {
    // Thursday 3 December 2026 + 5 working days: Fri, Mon, Tue, Wed, Thu -> Thursday 10 December.
    expect(iso(dueDate(at('2026-12-03T14:20', 'Europe/Brussels'), { value: 5, unit: 'working-days' }))).toBe(
      '2026-12-10T14:20:00+01:00',
    );
    // Friday + 1 working day is Monday; a start on Saturday also lands on Monday.
    expect(iso(dueDate(at('2026-12-04T17:00', 'Europe/Brussels'), { value: 1, unit: 'working-days' }))).toBe(
      '2026-12-07T17:00:00+01:00',
    );
    expect(iso(dueDate(at('2026-12-05T11:00', 'Europe/Brussels'), { value: 1, unit: 'working-days' }))).toBe(
      '2026-12-07T11:00:00+01:00',
    );
  });

  it('moves a due time that falls into the DST gap forward by the hour the clocks skip', () => {
    expect(iso(dueDate(at('2026-03-28T02:30', 'Europe/Brussels'), { value: 1, unit: 'calendar-days' }))).toBe(
      '2026-03-29T03:30:00+02:00',
    );
  });

  it('shows the same instant in another state', () => {
    const due = dueDate(DateTime.fromISO('2026-12-03T14:20:00+01:00', { setZone: true }), { value: 8, unit: 'hours' });
    expect(iso(due)).toBe('2026-12-03T22:20:00+01:00');
    expect(iso(due.setZone('Europe/Lisbon'))).toBe('2026-12-03T21:20:00+00:00');
    expect(iso(due.setZone('Europe/Helsinki'))).toBe('2026-12-03T23:20:00+02:00');
  });
});

describe('timeLeft and zones', () => {
  it('gives days, hours and minutes left, and nothing once the limit has passed', () => {
    const due = at('2026-12-10T14:20', 'UTC');
    expect(timeLeft(at('2026-12-08T12:05', 'UTC'), due)).toEqual({ days: 2, hours: 2, minutes: 15 });
    expect(timeLeft(at('2026-12-10T14:20', 'UTC'), due)).toBeUndefined();
  });

  it('knows IANA zones and refuses made-up ones', () => {
    expect(isKnownZone('Europe/Brussels')).toBe(true);
    expect(isKnownZone('UTC')).toBe(true);
    expect(isKnownZone('Europe/Atlantis')).toBe(false);
  });
});

const ZONES = [
  'UTC',
  'Europe/Brussels',
  'Europe/Lisbon',
  'Europe/Helsinki',
  'Europe/Dublin',
  'Atlantic/Azores',
  'America/New_York',
];
const zone = fc.constantFrom(...ZONES);
/** Starts from 2020 to 2035, to the minute. */
const startMillis = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) })
  .map((ms) => ms - (ms % 60_000));
const duration = (unit: LimitDuration['unit'], max: number) =>
  fc.integer({ min: 1, max }).map((value): LimitDuration => ({ value, unit }));
const anyDuration = fc.oneof(duration('hours', 200), duration('calendar-days', 120), duration('working-days', 60));

describe('dueDate properties', () => {
  it('never ends before it starts', () => {
    fc.assert(
      fc.property(startMillis, zone, anyDuration, (ms, z, d) => {
        const start = DateTime.fromMillis(ms, { zone: z });
        expect(dueDate(start, d).toMillis()).toBeGreaterThan(start.toMillis());
      }),
    );
  });

  it('returns to the start when the duration is added then taken away (hours: always)', () => {
    fc.assert(
      fc.property(startMillis, zone, duration('hours', 500), (ms, z, d) => {
        const start = DateTime.fromMillis(ms, { zone: z });
        expect(startFor(dueDate(start, d), d).toMillis()).toBe(start.toMillis());
      }),
    );
  });

  it('returns to the start for calendar and working days whenever the start time exists on the due day', () => {
    const days = fc.oneof(duration('calendar-days', 120), duration('working-days', 60));
    fc.assert(
      fc.property(startMillis, zone, days, (ms, z, d) => {
        const start = DateTime.fromMillis(ms, { zone: z });
        // Saturday and Sunday plus one working day both reach Monday, so only a weekday start can be found again.
        fc.pre(d.unit === 'calendar-days' || start.weekday <= 5);
        const due = dueDate(start, d);
        // A wall-clock time the clocks skip on the due day (DST gap) is moved on an hour and cannot come back.
        fc.pre(due.hour === start.hour && due.minute === start.minute);
        expect(startFor(due, d).toMillis()).toBe(start.toMillis());
      }),
    );
  });
});
