import { defineCommand, readCommandLine, usageProblem, type OptionSpec } from '../cli/command-line';
import { buildContent, checkContent, type CompileStats } from './compile';
import { ContentProblems, formatProblem } from './problems';

const CONTENT = {
  type: 'string',
  default: 'content',
  value: 'DIR',
  help: 'the content folder to read',
} satisfies OptionSpec;

const CHECK = defineCommand({
  script: 'content:check',
  usage: 'npm run content:check -- [--content DIR]',
  summary: 'Validates the content and reports every problem as path:line: field: message; writes nothing.',
  options: { content: CONTENT },
});

const BUILD = defineCommand({
  script: 'content:build',
  usage: 'npm run content:build -- [--content DIR] [--out DIR]',
  summary:
    'Validates the content and compiles it into a bundle folder; on any problem it reports them all and writes nothing.',
  options: {
    content: CONTENT,
    out: { type: 'string', default: 'dist/bundle', value: 'DIR', help: 'the bundle folder to write' },
  },
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
    return line.ok ? report('content is valid', () => checkContent(line.values.content)) : line.exitCode;
  }
  if (command === 'build') {
    const line = readCommandLine(BUILD, args);
    return line.ok
      ? report(`built ${line.values.out}`, () => buildContent(line.values.content, line.values.out))
      : line.exitCode;
  }
  console.error(usageProblem({ script: 'content:check' }, 'build/compiler/cli.ts takes check or build first').message);
  return 2;
}

process.exitCode = main();
