import type { TimeLimit } from '../../content/model/bundle-schema';
import { timeLimitFactLine } from '../../renderer/deadline/duration-text';
import type { Problem } from './problems';
import type { ValidContent } from './validate';

/** A free-text line that states a period ("8 hours", "10 days", "one week"): such facts must be structured. */
const STATES_A_PERIOD =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve)[\s-]+(?:hours?|(?:calendar\s+|working\s+)?days?|weeks?)\b/i;

/**
 * Checks every time limit names an instrument, and that an instrument carrying structured limits does not
 * also state a period in its free-text key facts: those lines are made from the structured limits instead.
 */
export function checkTimeLimits(valid: ValidContent): Problem[] {
  const problems: Problem[] = [];
  const kinds = new Map(valid.documents.map((d) => [d.data.id, d.kind]));
  for (const limit of valid.timeLimits) {
    const kind = kinds.get(limit.data.instrument);
    if (kind !== 'instrument') {
      problems.push({
        file: limit.file,
        line: limit.lineOf(['instrument']),
        field: 'instrument',
        message: kind
          ? `"${limit.data.instrument}" is a ${kind}, expected an instrument`
          : `"${limit.data.instrument}" is not a known instrument id`,
      });
    }
  }
  const structured = new Set(valid.timeLimits.map((l) => l.data.instrument));
  for (const doc of valid.documents) {
    if (doc.kind !== 'instrument' || !structured.has(doc.data.id)) continue;
    doc.data.key_facts?.time_limits.forEach((line, i) => {
      if (STATES_A_PERIOD.test(line)) {
        problems.push({
          file: doc.file,
          line: doc.lineOf(['key_facts', 'time_limits', i]),
          field: 'key_facts.time_limits',
          message:
            'states a period: this instrument takes its periods from time-limits.yaml; write it there (or leave the period out here)',
        });
      }
    });
  }
  return problems;
}

/** Each instrument's key-fact lines made from its structured limits, in the order of `time-limits.yaml`. */
export function structuredLimitLines(valid: ValidContent): ReadonlyMap<string, string[]> {
  const lines = new Map<string, string[]>();
  for (const { data } of valid.timeLimits)
    lines.set(data.instrument, [...(lines.get(data.instrument) ?? []), timeLimitFactLine(data)]);
  return lines;
}

/** The bundle form of every structured time limit. */
export function compileTimeLimits(valid: ValidContent): TimeLimit[] {
  return valid.timeLimits.map(({ data }) => ({
    id: data.id,
    instrument: data.instrument,
    what: data.what,
    duration: data.duration,
    starts: data.starts,
    article: data.article,
    source: data.source,
    checked: data.checked,
    ...(data.note ? { note: data.note } : {}),
  }));
}
