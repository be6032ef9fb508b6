import { readCrashOptions } from './crash-harness';
import { runPacksCrashTest } from './packs-crash-run';

/** `npm run -s test:packs-crash -- --iterations N [--max-delay MS]`: kills a pack install N times and prints what each start served. */
async function main(): Promise<number> {
  const options = readCrashOptions({
    script: 'test:packs-crash',
    summary:
      'Kills a child installing content packs with SIGKILL N times and checks that every start then serves a complete, verified bundle. Exit status 1 on any failure.',
    victim: 'the installer',
    iterations: 100,
    maxDelayMs: 400,
  });
  if (typeof options === 'number') return options;
  const { iterations, maxDelayMs } = options;
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
