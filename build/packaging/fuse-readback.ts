import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import type { FuseSettings } from './fuse-policy';

/** One fuse as read from a packaged executable, next to what the policy wants. */
export interface FuseReading {
  name: string;
  state: 'on' | 'off' | 'removed' | 'unknown';
  expected: 'on' | 'off' | undefined;
}

const STATE_BY_BYTE: Record<number, FuseReading['state']> = { 0x31: 'on', 0x30: 'off', 0x72: 'removed' };

/** Reads every fuse on the executable's wire, including any newer than @electron/fuses knows by name. */
export async function readFuses(executablePath: string, expected: FuseSettings): Promise<FuseReading[]> {
  const wire = await getCurrentFuseWire(executablePath);
  return Object.entries(wire)
    .filter(([key]) => key !== 'version')
    .map(([key, byte]) => {
      const index = Number(key) as FuseV1Options;
      const wanted = expected[index];
      return {
        name: FuseV1Options[index] ?? `fuse #${index}`,
        state: STATE_BY_BYTE[byte as number] ?? 'unknown',
        expected: wanted === undefined ? undefined : wanted ? 'on' : 'off',
      };
    });
}

/** Each fuse whose state differs from the policy, and each policy fuse the wire lacks. */
export function fuseProblems(readings: readonly FuseReading[], expected: FuseSettings): string[] {
  const problems = readings
    .filter((reading) => reading.expected !== undefined && reading.state !== reading.expected)
    .map((reading) => `fuse ${reading.name} is ${reading.state}, should be ${reading.expected}`);
  const present = new Set(readings.map((reading) => reading.name));
  for (const key of Object.keys(expected)) {
    const name = FuseV1Options[Number(key) as FuseV1Options];
    if (!present.has(name)) problems.push(`fuse ${name} is not on the executable's fuse wire`);
  }
  return problems;
}
