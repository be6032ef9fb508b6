import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { timeLimitsSourceSchema, type TimeLimitSource } from '../../content/model/source-schemas';
import { dueDate, isKnownZone, machineZone } from '../../renderer/deadline/deadline-clock';
import { formatProblem } from '../compiler/problems';
import { parseYaml } from '../compiler/yaml-source';
import { readCommandLine, usageProblem, printRefusal, defineCommand } from './command-line';

const LIMITS_FILE = 'content/time-limits.yaml';
/** An ISO 8601 date and time that states its offset (Z or ±hh:mm), so the instant is never guessed. */
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

const DEADLINE = defineCommand({
  script: 'deadline',
  usage: 'npm run -s deadline -- --list | --id ID --from ISO-8601-WITH-OFFSET [--tz ZONE]',
  summary:
    'Lists the structured time limits of the content as JSON, or computes when one runs out: hours as elapsed time, calendar days on the calendar, working days skipping weekends (public holidays are not counted). Calendar and working days are counted in --tz when given, else at the offset of --from; due is shown at the offset of --from, dueLocal in --tz (default the machine zone).',
  options: {
    list: {
      type: 'boolean',
      default: false,
      help: 'print every time limit (id, instrument, what, duration, article) as a JSON array',
    },
    id: { type: 'string', value: 'ID', help: 'the time limit to compute (see --list)' },
    from: {
      type: 'string',
      value: 'ISO',
      help: 'when the clock started, with its offset, e.g. 2026-12-03T14:20:00+01:00',
    },
    tz: { type: 'string', value: 'ZONE', help: 'an IANA time zone such as Europe/Lisbon' },
  },
  check: (values) => {
    if (values.list) return values.id || values.from || values.tz ? '--list takes no other option' : undefined;
    if (!values.id) return '--id ID (or --list) is required';
    if (!values.from) return '--from ISO is required';
    if (!WITH_OFFSET.test(values.from) || !DateTime.fromISO(values.from, { setZone: true }).isValid) {
      return `--from must be an ISO 8601 date and time with an offset, such as 2026-12-03T14:20:00+01:00, not ${JSON.stringify(values.from)}`;
    }
    if (values.tz !== undefined && !isKnownZone(values.tz))
      return `--tz must be an IANA time zone such as Europe/Lisbon, not ${JSON.stringify(values.tz)}`;
    return undefined;
  },
});

/** The structured time limits, validated against the content model; a broken file is reported at file:line. */
function readLimits(): TimeLimitSource[] | undefined {
  const parsed = parseYaml(readFileSync(LIMITS_FILE, 'utf8'), LIMITS_FILE, 1);
  const result = parsed.source && timeLimitsSourceSchema.safeParse(parsed.source.data);
  if (parsed.source && result?.success) return result.data;
  for (const problem of parsed.problems) console.error(formatProblem(problem));
  const issue = result && !result.success ? result.error.issues[0] : undefined;
  if (issue && parsed.source)
    console.error(
      formatProblem({
        file: LIMITS_FILE,
        line: parsed.source.lineOf(issue.path),
        field: issue.path.join('.'),
        message: issue.message,
      }),
    );
  console.error(`${LIMITS_FILE} is not valid; run npm run content:check`);
  return undefined;
}

const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: true }) ?? '';

/** `npm run -s deadline`: the time limits as JSON, or when one runs out. */
function main(): number {
  const line = readCommandLine(DEADLINE);
  if (!line.ok) return line.exitCode;
  const limits = readLimits();
  if (!limits) return 1;
  const { values } = line;
  if (values.list) {
    console.log(
      JSON.stringify(
        limits.map((l) => ({
          id: l.id,
          instrument: l.instrument,
          what: l.what,
          duration: l.duration,
          article: l.article,
        })),
        null,
        2,
      ),
    );
    return 0;
  }
  const limit = limits.find((l) => l.id === values.id);
  if (!limit) {
    printRefusal(
      usageProblem(
        DEADLINE,
        `unknown time limit ${JSON.stringify(values.id)}; npm run -s deadline -- --list shows the ids`,
      ),
    );
    return 2;
  }
  const from = DateTime.fromISO(values.from ?? '', { setZone: true });
  const due = dueDate(values.tz ? from.setZone(values.tz) : from, limit.duration);
  const result = {
    id: limit.id,
    from: iso(from),
    due: iso(due.setZone(from.zone)),
    dueLocal: iso(due.setZone(values.tz ?? machineZone())),
    unit: limit.duration.unit,
    value: limit.duration.value,
    article: limit.article,
  };
  console.log(JSON.stringify(result, null, 2));
  return 0;
}

process.exitCode = main();
