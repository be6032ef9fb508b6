import { parseArgs } from 'node:util';
import { runPacksCrashTest } from './packs-crash-run';

/** `npm run -s test:packs-crash -- --iterations N [--max-delay MS]`: kills a pack install N times and prints what each start served. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { iterations: { type: 'string', default: '100' }, 'max-delay': { type: 'string', default: '400' } } });
  const iterations = Number(values.iterations);
  const maxDelayMs = Number(values['max-delay']);
  if (!Number.isInteger(iterations) || iterations < 1) throw new Error('--iterations must be a positive whole number');
  const started = performance.now();
  const outcome = await runPacksCrashTest(iterations, maxDelayMs);
  console.log(`killed the installing child ${outcome.kills} times with SIGKILL (random delay up to ${maxDelayMs} ms) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const [served, count] of Object.entries(outcome.served).sort()) console.log(`  start served ${served}: ${count}`);
  console.log(`starts without a complete, verified bundle or with a pack set aside: ${outcome.failures.length}`);
  for (const failure of outcome.failures.slice(0, 10)) console.error(`  ${failure}`);
  if (outcome.failures.length > 0) process.exitCode = 1;
}

await main();
