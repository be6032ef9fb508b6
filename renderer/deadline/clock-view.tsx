import { DateTime } from 'luxon';
import { Fragment, useEffect, useId, useState, type ReactNode } from 'react';
import type { TimeLimit } from '../../content/model/bundle-schema';
import { useBundle } from '../bundle/bundle-context';
import { clockHref, type ClockState } from '../routes';
import { texts } from '../texts/active-texts';
import { DocumentLink } from '../views/document-link';
import { PrintHeader } from '../views/print-header';
import { dueDate, isKnownZone, machineZone, timeLeft } from './deadline-clock';
import { durationText } from './duration-text';
import { zoneChoices } from './state-zones';

const t = texts.clock;
const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";
const UNIT_NOTE = { hours: t.hours, 'calendar-days': t.calendarDays, 'working-days': t.workingDays } as const;

/** A due date as people read it, with the zone and its offset that day. */
function DueTime({ due, zone, label }: { due: DateTime; zone: string; label: string }) {
  const here = due.setZone(zone).setLocale(texts.locale);
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <time dateTime={here.toISO({ suppressMilliseconds: true }) ?? ''}>
          {here.toFormat('cccc d LLLL yyyy, HH:mm')}
        </time>{' '}
        <span className="muted">({t.offset(here.toFormat('ZZ'))})</span>
      </dd>
    </div>
  );
}

/** What the chosen limit is and rests on, as label and value rows; a note only where the limit has one. */
function limitRows(limit: TimeLimit): [string, ReactNode][] {
  const source = `${limit.source.title}${limit.source.celex ? ` (CELEX ${limit.source.celex})` : ''}${limit.source.article ? `, ${limit.source.article}` : ''}`;
  const rows: [string, ReactNode][] = [
    [t.limit, limit.what],
    [t.duration, durationText(limit.duration)],
    [t.starts, limit.starts],
    [
      t.article,
      <>
        {limit.article}, <DocumentLink id={limit.instrument} />
      </>,
    ],
    [t.source, source],
  ];
  return [...rows, ...(limit.note ? [[t.note, limit.note] as [string, ReactNode]] : []), [t.checked, limit.checked]];
}

/** The clock's state with every gap filled: now in the machine's zone, the other state as the machine's zone. */
function complete(state: ClockState, limits: readonly TimeLimit[]): Required<ClockState> {
  const mine = machineZone();
  const zone = state.zone && isKnownZone(state.zone) ? state.zone : mine;
  const from =
    state.from && DateTime.fromFormat(state.from, LOCAL_FORMAT, { zone }).isValid
      ? state.from
      : DateTime.now().setZone(zone).toFormat(LOCAL_FORMAT);
  return {
    limit: limits.some((l) => l.id === state.limit) ? (state.limit ?? '') : (limits[0]?.id ?? ''),
    from,
    zone,
    other: state.other && isKnownZone(state.other) ? state.other : zone,
  };
}

/** The deadline clock: pick a time limit and its start, see when it runs out here and in the other state; the state lives in the URL. */
export function ClockView({ initial }: { initial: ClockState }) {
  const { bundle } = useBundle();
  const limits = bundle.timeLimits;
  const [state, setState] = useState(() => complete(initial, limits));
  const [now, setNow] = useState(() => DateTime.now());
  const id = useId();
  useEffect(() => {
    window.history.replaceState(window.history.state, '', clockHref(state));
  }, [state]);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(DateTime.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  const limit = limits.find((l) => l.id === state.limit);
  const [date = '', time = ''] = state.from.split('T');
  const start = DateTime.fromFormat(state.from, LOCAL_FORMAT, { zone: state.zone });
  const due = limit && start.isValid ? dueDate(start, limit.duration) : undefined;
  const left = due && timeLeft(now, due);
  const mine = machineZone();
  const zones = zoneChoices(mine);
  const set = (change: Partial<ClockState>) => setState((s) => ({ ...s, ...change }));
  const setFrom = (nextDate: string, nextTime: string) => set({ from: `${nextDate}T${nextTime}` });
  return (
    <article className="clock">
      <PrintHeader />
      <h1>{t.title}</h1>
      <p className="summary">{t.intro}</p>
      <form className="clock-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-limit`}>{t.limit}</label>
        <select id={`${id}-limit`} value={state.limit} onChange={(e) => set({ limit: e.target.value })}>
          {limits.map((l) => (
            <option key={l.id} value={l.id}>
              {l.what} ({durationText(l.duration)}, {l.article})
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-date`}>{t.date}</label>
        <input id={`${id}-date`} type="date" value={date} required onChange={(e) => setFrom(e.target.value, time)} />
        <label htmlFor={`${id}-time`}>{t.time}</label>
        <div className="clock-time">
          <input id={`${id}-time`} type="time" value={time} required onChange={(e) => setFrom(date, e.target.value)} />
          <button
            type="button"
            onClick={() => set({ from: DateTime.now().setZone(state.zone).toFormat(LOCAL_FORMAT) })}
          >
            {t.now}
          </button>
        </div>
        {(['zone', 'other'] as const).map((field) => (
          <Fragment key={field}>
            <label htmlFor={`${id}-${field}`}>{t[field]}</label>
            <select id={`${id}-${field}`} value={state[field]} onChange={(e) => set({ [field]: e.target.value })}>
              {zones.map((z) => (
                <option key={z.zone} value={z.zone}>
                  {z.label}
                </option>
              ))}
            </select>
          </Fragment>
        ))}
      </form>
      <section className="clock-result" aria-labelledby={`${id}-result`} aria-live="polite">
        <h2 id={`${id}-result`}>{t.result}</h2>
        {!due || !limit ? (
          <p role="alert">{t.invalid}</p>
        ) : (
          <>
            <dl className="clock-due">
              <DueTime due={due} zone={state.zone} label={t.dueIn(state.zone)} />
              {state.other !== state.zone && <DueTime due={due} zone={state.other} label={t.dueIn(state.other)} />}
              {mine !== state.zone && mine !== state.other && (
                <DueTime due={due} zone={mine} label={t.yourZone(mine)} />
              )}
              <div>
                <dt>{t.timeLeft}</dt>
                <dd className="clock-left">{left ? t.left(left.days, left.hours, left.minutes) : t.passed}</dd>
              </div>
            </dl>
            <p className="clock-unit-note">{UNIT_NOTE[limit.duration.unit]}</p>
            <dl className="clock-limit">
              {limitRows(limit).map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            <p className="muted">{t.rules}</p>
          </>
        )}
        <button type="button" className="clock-print" onClick={() => window.print()}>
          {t.print}
        </button>
      </section>
    </article>
  );
}
