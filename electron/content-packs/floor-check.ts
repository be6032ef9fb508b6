import type { MachineFloor } from './machine-floor';
import { compareVersions } from './version-order';

/**
 * Why content of `version` may not replace what is served under MachinePackDirectory's floor (`what` names it, as
 * "the pack holds content"), or null when there is no floor or the content is not older than it.
 */
export function belowFloor(version: string, floor: MachineFloor | null | undefined, what: string): string | null {
  if (!floor) return null;
  const order = compareVersions(version, floor.version);
  if (order !== undefined && order >= 0) return null;
  return `${what} ${version}, older than ${floor.version}, the content your organisation provides (MachinePackDirectory); your organisation does not allow going below it`;
}
