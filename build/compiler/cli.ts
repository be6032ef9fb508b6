import { parseArgs } from 'node:util';
import { buildContent, checkContent } from './compile';
import { ContentProblems, formatProblem } from './problems';

/** `content:check` and `content:build`: report problems as path:line: field: message and exit non-zero on any. */
function main(): number {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { content: { type: 'string', default: 'content' }, out: { type: 'string', default: 'dist/bundle' } },
  });
  const command = positionals[0];
  if (command !== 'check' && command !== 'build') {
    console.error('usage: cli.ts check|build [--content DIR] [--out DIR]');
    return 2;
  }
  try {
    const started = performance.now();
    const stats = command === 'build' ? buildContent(values.content, values.out) : checkContent(values.content);
    const ms = Math.round(performance.now() - started);
    const what = command === 'build' ? `built ${values.out}` : 'content is valid';
    console.log(`${what} in ${ms} ms: ${Object.entries(stats).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ContentProblems)) throw error;
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`${error.problems.length} problem(s); nothing was written.`);
    return 1;
  }
}

process.exitCode = main();
