import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManifestInfo } from '../bundle-manifest';
import { readMachinePack, scanMachinePacks, type MachinePackOptions, type MachinePackRefusal } from './machine-packs';
import { PACK_BUNDLE } from './pack-folder';
import { writePointer } from './pack-pointer';
import { commitStaged, newStagingDir, packDirName } from './pack-store';
import { stagePack } from './stage-pack';
import { compareVersions } from './version-order';

/** The content version the organisation's machine folder sets as the floor, and the file that sets it. */
export interface MachineFloor {
  version: string;
  file: string;
}

/** What the machine folder did at this start: the floor, a pack it installed (to serve now), and every refusal. */
export interface MachineOutcome {
  floor: MachineFloor | null;
  installed: { dir: string; manifest: ManifestInfo } | null;
  refused: MachinePackRefusal[];
  notices: string[];
}

/** No MachinePackDirectory: no floor, nothing installed or refused. */
export const NO_MACHINE_OUTCOME: MachineOutcome = { floor: null, installed: null, refused: [], notices: [] };

/** Where the machine folder is and what judges its packs; `root` is the user's packs folder, where a winner is installed. */
export interface MachineFloorOptions extends MachinePackOptions {
  dir: string;
  root: string;
}

/**
 * Applies MachinePackDirectory at start: the newest pack there that verifies sets the floor; when it is newer than
 * the content about to be served (`servedVersion`), it is installed into the packs folder as the current pack (with
 * nothing before it to revert to) and served instead. A newest pack that fails its hashes is refused and the next one
 * tried. Every refusal is reported; nothing here stops the start.
 */
export async function applyMachineFloor(options: MachineFloorOptions, servedVersion: string): Promise<MachineOutcome> {
  const scan = await scanMachinePacks(options.dir, options);
  const refused = [...scan.refused];
  for (const candidate of scan.candidates) {
    const floor = { version: candidate.manifest.version, file: candidate.file };
    if ((compareVersions(candidate.manifest.version, servedVersion) ?? 0) <= 0)
      return { floor, installed: null, refused, notices: [] };
    const read = await readMachinePack(candidate.file, options.limits);
    if (!read.ok) {
      refused.push({ file: candidate.file, reason: read.reason });
      continue;
    }
    let staging: string | undefined;
    try {
      staging = await newStagingDir(options.root);
      const check = await stagePack(read.archive, staging, options);
      if (!check.ok) {
        refused.push({ file: candidate.file, reason: check.reason });
        continue;
      }
      const name = packDirName(check.manifest.version, check.manifestSha256);
      await commitStaged(options.root, staging, name, options.keys);
      await writePointer(options.root, { format: 1, current: name, previous: null });
      return {
        floor,
        installed: { dir: join(options.root, name, PACK_BUNDLE), manifest: check.bundle },
        refused,
        notices: [
          `The content your organisation provides (${floor.version}, ${candidate.file}) replaced the content ${servedVersion}.`,
        ],
      };
    } catch (error) {
      // The user's packs folder could not be written: the floor still holds for imports, the current content is served.
      if (staging) await rm(staging, { recursive: true, force: true });
      return {
        floor,
        installed: null,
        refused,
        notices: [
          `The content your organisation provides (${floor.version}) could not be installed (${error instanceof Error ? error.message : String(error)}).`,
        ],
      };
    }
  }
  return { floor: null, installed: null, refused, notices: [] };
}
