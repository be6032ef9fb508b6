import { describe, expect, it } from 'vitest';
import { runPacksCrashTest } from '../../../build/scripts/packs-crash-run';

describe('packs crash test (short run; npm run test:packs-crash -- --iterations 100 for the full one)', () => {
  it('starts on a complete, verified bundle after every SIGKILL of an installing child', async () => {
    const outcome = await runPacksCrashTest(6, 400);
    expect(outcome.kills).toBe(6);
    expect(outcome.failures).toEqual([]);
    expect(Object.values(outcome.served).reduce((sum, count) => sum + count, 0)).toBe(6);
    expect(outcome.served.nothing).toBeUndefined();
  }, 120_000);
});
