import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The settings file an administrator places in the user-data folder. */
export const SETTINGS_FILE = 'settings.json';

/**
 * Settings of the shell in the user-data folder: `externalLinks: false` stops external links, `true` asks before each
 * one. Left out, the ExternalLinks policy (or the built-in "confirm") decides; an enforced policy beats the file.
 */
const shellSettingsSchema = z.strictObject({
  externalLinks: z.boolean().optional(),
});

/** The shell's settings. */
export type ShellSettings = z.infer<typeof shellSettingsSchema>;

/** The settings and, when the file was unusable, why (the defaults are used then). */
export interface SettingsRead {
  settings: ShellSettings;
  problem: string | null;
}

/** Reads `settings.json` from the user-data folder; a missing file means the defaults, a bad one is reported and ignored. */
export function readShellSettings(userDataDir: string): SettingsRead {
  const defaults = shellSettingsSchema.parse({});
  let text: string;
  try {
    text = readFileSync(join(userDataDir, SETTINGS_FILE), 'utf8');
  } catch {
    return { settings: defaults, problem: null };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { settings: defaults, problem: `${SETTINGS_FILE} is not valid JSON; using the defaults` };
  }
  const parsed = shellSettingsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      settings: defaults,
      problem: `${SETTINGS_FILE}: ${issue?.path.join('.') || 'settings'}: ${issue?.message ?? 'invalid'}; using the defaults`,
    };
  }
  return { settings: parsed.data, problem: null };
}
