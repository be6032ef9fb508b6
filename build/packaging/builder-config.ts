import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const namesSchema = z.object({
  productName: z.string().min(1),
  linux: z.object({ executableName: z.string().min(1) }),
});

/** The names electron-builder.yml gives the packaged executables, so the check looks where the build put them. */
export function executableNames(projectDir: string): { linux: string; win32: string } {
  const config = namesSchema.parse(parse(readFileSync(join(projectDir, 'electron-builder.yml'), 'utf8')));
  return { linux: config.linux.executableName, win32: `${config.productName}.exe` };
}
