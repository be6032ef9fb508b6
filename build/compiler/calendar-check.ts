import type { RelationEffectSource } from '../../content/model/source-schemas';
import { periodEnd, stalePhrases } from './dated-phrases';
import type { Problem } from './problems';
import type { ValidContent, ValidDocument } from './validate';

/** How old a `checked` date may be before the page counts as unchecked. */
const CHECKED_MAX_MONTHS = 12;

/** Statuses that say an act still applies (or does not apply yet), which a passed end date contradicts. */
const STILL_LIVE = new Set(['in-force', 'amended', 'proposal']);

/** Status notes that say the act does not apply yet, which a passed application date contradicts. */
const NOT_YET_APPLYING =
  /\b(?:not yet (?:appl(?:y|ies|icable|ying)|in force|operational)|will (?:apply|enter into force|start to apply)|(?:is|are) (?:due|expected|set|scheduled) to (?:apply|enter into force)|pending (?:application|entry into force))\b/i;

/** Front-matter keys whose text is never a dated statement of ours: titles copied from acts, ids, the sources list. */
const NOT_OUR_TEXT = new Set(['id', 'title', 'sources', 'abbreviations', 'short_name']);

/** The ISO date `months` months before `date` (same day of month, clamped by Date arithmetic). */
function monthsBefore(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** Every string in a front-matter value with its path, skipping the keys that are not our own dated text. */
function textsOf(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      path.length === 0 && NOT_OUR_TEXT.has(k) ? [] : textsOf(v, [...path, k]),
    );
  }
  return [];
}

/** The effect of the relation between two instruments, written on either side. */
function effectsByPair(
  documents: ValidDocument[],
): (a: string, b: string) => { effect: RelationEffectSource; doc: ValidDocument; key: string } | undefined {
  const pairs = new Map<string, { effect: RelationEffectSource; doc: ValidDocument; key: string }>();
  for (const doc of documents) {
    if (doc.kind !== 'instrument') continue;
    for (const [other, effect] of Object.entries(doc.data.effective ?? {}))
      pairs.set(`${doc.data.id} ${other}`, { effect, doc, key: other });
  }
  return (a, b) => pairs.get(`${a} ${b}`) ?? pairs.get(`${b} ${a}`);
}

/** Problems of one instrument's status against the calendar. */
function instrumentProblems(
  doc: Extract<ValidDocument, { kind: 'instrument' }>,
  today: string,
  effectOf: ReturnType<typeof effectsByPair>,
): Problem[] {
  const s = doc.data;
  const at = (field: string): Omit<Problem, 'message'> => ({ file: doc.file, line: doc.lineOf([field]), field });
  const problems: Problem[] = [];
  if (s.status === 'proposal') {
    for (const field of ['entry_into_force', 'application_date'] as const) {
      const date = s[field];
      if (date && date <= today)
        problems.push({
          ...at('status'),
          message: `${field} ${date} has passed (content date ${today}) but the status still says proposal`,
        });
    }
  }
  if (s.application_date && s.application_date <= today && NOT_YET_APPLYING.test(s.status_note)) {
    problems.push({
      ...at('status_note'),
      message: `says the act does not apply yet, but its application_date ${s.application_date} has passed (content date ${today})`,
    });
  }
  if (s.end_date && s.end_date <= today && STILL_LIVE.has(s.status)) {
    problems.push({
      ...at('status'),
      message: `end_date ${s.end_date} has passed (content date ${today}) but the status still says ${s.status}`,
    });
  }
  if (s.end_date && s.end_date > today && s.status === 'repealed') {
    problems.push({
      ...at('status'),
      message: `says repealed, but its end_date ${s.end_date} is after the content date ${today}`,
    });
  }
  for (const repealer of s.repealed_by) {
    const found = effectOf(s.id, repealer);
    if (found && 'date' in found.effect && found.effect.date <= today && STILL_LIVE.has(s.status)) {
      problems.push({
        ...at('status'),
        message: `the repeal by "${repealer}" took effect on ${found.effect.date} (content date ${today}) but the status still says ${s.status}`,
      });
    }
  }
  return problems;
}

/**
 * The calendar check: every dated fact against the content date (or `today`): statuses the calendar has overtaken,
 * "expected in <period>" text whose period is over, and review dates older than twelve months.
 */
export function calendarCheck(valid: ValidContent, today: string): Problem[] {
  const problems: Problem[] = [];
  const effectOf = effectsByPair(valid.documents);
  const oldest = monthsBefore(today, CHECKED_MAX_MONTHS);
  for (const doc of valid.documents) {
    if (doc.data.checked < oldest) {
      problems.push({
        file: doc.file,
        line: doc.lineOf(['checked']),
        field: 'checked',
        message: `${doc.data.checked} is more than ${CHECKED_MAX_MONTHS} months before ${today}: check the page against its sources again`,
      });
    }
    if (doc.kind === 'instrument') problems.push(...instrumentProblems(doc, today, effectOf));
    for (const { path, text } of textsOf(doc.data)) {
      for (const phrase of stalePhrases(text, today)) {
        problems.push({
          file: doc.file,
          line: doc.lineOf(path),
          field: path.join('.'),
          message: `"${phrase.text}": ${periodEnd(phrase)} has passed (content date ${today}); say what happened`,
        });
      }
    }
    doc.body.split('\n').forEach((line, i) => {
      for (const phrase of stalePhrases(line, today)) {
        problems.push({
          file: doc.file,
          line: doc.bodyLine + i,
          field: 'body',
          message: `"${phrase.text}": ${periodEnd(phrase)} has passed (content date ${today}); say what happened`,
        });
      }
    });
  }
  return problems;
}
