import { readCommandLine, wholeNumberProblem } from '../cli/command-line';
import { runPacksCrashTest } from './packs-crash-run';

/** `npm run -s test:packs-crash -- --iterations N [--max-delay MS]`: kills a pack install N times and prints what each start served. */
async function main(): Promise<number> {
  const line = readCommandLine({
    script: 'test:packs-crash',
    usage: 'npm run -s test:packs-crash -- [--iterations N] [--max-delay MS]',
    summary:
      'Kills a child installing content packs with SIGKILL N times and checks that every start then serves a complete, verified bundle. Exit status 1 on any failure.',
    options: {
      iterations: { type: 'string', default: '100', value: 'N', help: 'how many times to kill the installer' },
      'max-delay': {
        type: 'string',
        default: '400',
        value: 'MS',
        help: 'the longest random wait before each kill, in milliseconds',
      },
    },
    check: (values) =>
      wholeNumberProblem('--iterations', values.iterations, 1) ??
      wholeNumberProblem('--max-delay', values['max-delay'], 0),
  });
  if (!line.ok) return line.exitCode;
  const iterations = Number(line.values.iterations);
  const maxDelayMs = Number(line.values['max-delay']);
  const started = performance.now();
  const outcome = await runPacksCrashTest(iterations, maxDelayMs);
  console.log(
    `killed the installing child ${outcome.kills} times with SIGKILL (random delay up to ${maxDelayMs} ms) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const [served, count] of Object.entries(outcome.served).sort())
    console.log(`  start served ${served}: ${count}`);
  console.log(`starts without a complete, verified bundle or with a pack set aside: ${outcome.failures.length}`);
  for (const failure of outcome.failures.slice(0, 10)) console.error(`  ${failure}`);
  return outcome.failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
