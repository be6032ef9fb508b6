import { defineCommand, readCommandLine, usageProblem, type OptionSpec } from '../cli/command-line';
import { buildContent, checkContent, type CompileStats } from './compile';
import { ContentProblems, formatProblem } from './problems';
import { isoDateSchema } from '../../content/model/identifiers';

const CONTENT = {
  type: 'string',
  default: 'content',
  value: 'DIR',
  help: 'the content folder to read',
} satisfies OptionSpec;

const TODAY = {
  type: 'string',
  value: 'YYYY-MM-DD',
  help: 'the date the calendar check compares dated facts with (default: the content date in bundle.yaml)',
} satisfies OptionSpec;

/** A `--today` that is not a real ISO date, as a one-line problem. */
function todayProblem(values: { today?: string | undefined }): string | undefined {
  return values.today === undefined || isoDateSchema.safeParse(values.today).success
    ? undefined
    : `--today must be a date YYYY-MM-DD, got ${JSON.stringify(values.today)}`;
}

const CHECK = defineCommand({
  script: 'content:check',
  usage: 'npm run content:check -- [--content DIR] [--today YYYY-MM-DD]',
  summary:
    'Validates the content, checks every dated fact against the calendar, and reports every problem as path:line: field: message; writes nothing.',
  options: { content: CONTENT, today: TODAY },
  check: todayProblem,
});

const BUILD = defineCommand({
  script: 'content:build',
  usage: 'npm run content:build -- [--content DIR] [--out DIR] [--today YYYY-MM-DD]',
  summary:
    'Validates the content, checks it against the calendar and compiles it into a bundle folder; on any problem it reports them all and writes nothing.',
  options: {
    content: CONTENT,
    out: { type: 'string', default: 'dist/bundle', value: 'DIR', help: 'the bundle folder to write' },
    today: TODAY,
  },
  check: todayProblem,
});

/** Runs a compile, printing its figures, or every content problem with exit status 1. */
function report(what: string, compile: () => CompileStats): number {
  try {
    const started = performance.now();
    const stats = compile();
    const ms = Math.round(performance.now() - started);
    console.log(
      `${what} in ${ms} ms: ${Object.entries(stats)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ContentProblems)) throw error;
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`${error.problems.length} problem(s); nothing was written.`);
    return 1;
  }
}

/** `content:check` and `content:build` (package.json passes the command first). */
function main(): number {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'check') {
    const line = readCommandLine(CHECK, args);
    return line.ok
      ? report('content is valid', () => checkContent(line.values.content, { today: line.values.today }))
      : line.exitCode;
  }
  if (command === 'build') {
    const line = readCommandLine(BUILD, args);
    return line.ok
      ? report(`built ${line.values.out}`, () =>
          buildContent(line.values.content, line.values.out, { today: line.values.today }),
        )
      : line.exitCode;
  }
  console.error(usageProblem({ script: 'content:check' }, 'build/compiler/cli.ts takes check or build first').message);
  return 2;
}

process.exitCode = main();
