import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

/** The small file whose atomic rewrite switches the content: which pack is in use and which one came before. */
const POINTER_FILE = 'active.json';

/** An installed pack's folder name, `<version>-<12 hex of the manifest's SHA-256>`; anything else is never followed. */
const packDirNameSchema = z.string().regex(/^\d[\d.]{0,40}-[0-9a-f]{12}$/);

/** `active.json`: null stands for the built-in bundle. */
const packPointerSchema = z.strictObject({
  format: z.literal(1),
  current: packDirNameSchema.nullable(),
  previous: packDirNameSchema.nullable(),
});

/** Which pack is in use and which one "Revert to previous content" goes back to. */
export type PackPointer = z.infer<typeof packPointerSchema>;

/** The pointer when no pack was ever installed. */
const BUILT_IN_POINTER: PackPointer = { format: 1, current: null, previous: null };

/** Reads `active.json`; a missing file means the built-in bundle, an unreadable one is reported and also means it. */
export async function readPointer(root: string): Promise<{ pointer: PackPointer; problem: string | null }> {
  let text: string;
  try {
    text = await readFile(join(root, POINTER_FILE), 'utf8');
  } catch {
    return { pointer: BUILT_IN_POINTER, problem: null };
  }
  try {
    return { pointer: packPointerSchema.parse(JSON.parse(text)), problem: null };
  } catch {
    return { pointer: BUILT_IN_POINTER, problem: `${POINTER_FILE} could not be read, so the built-in content is used` };
  }
}

/** Replaces `active.json` in one atomic step (temporary file, fsync, rename): a crash leaves the old or the new pointer. */
export async function writePointer(root: string, pointer: PackPointer): Promise<void> {
  await writeFileAtomic(join(root, POINTER_FILE), `${JSON.stringify(packPointerSchema.parse(pointer))}\n`);
}
