import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { systemLanguage, UI_LANGUAGES, type UiLanguage } from '../content/model/languages';
import { shellTextsIn } from './texts/shell-texts';
import type { ShellTexts } from './texts/shell-texts-shape';

/** The file in the user-data folder that keeps the language the page last showed, for the next start's menus and error page. */
export const SHELL_LANGUAGE_FILE = 'shell-language.json';

const rememberedSchema = z.strictObject({ language: z.enum(UI_LANGUAGES) });

/** The shell's language of the moment, which the menus and dialogs are worded in. */
export interface ShellLanguage {
  current: () => UiLanguage;
  texts: () => ShellTexts;
  /** Switches language; listeners hear of a change (the menus rebuild), not of a repeat of the same language. */
  set: (language: UiLanguage) => void;
  onChange: (listener: (language: UiLanguage) => void) => void;
}

/** A language holder starting in `initial`. */
export function createShellLanguage(initial: UiLanguage): ShellLanguage {
  let current = initial;
  const listeners: ((language: UiLanguage) => void)[] = [];
  return {
    current: () => current,
    texts: () => shellTextsIn(current),
    set: (language) => {
      if (language === current) return;
      current = language;
      for (const listener of listeners) listener(language);
    },
    onChange: (listener) => void listeners.push(listener),
  };
}

/**
 * The language the shell starts in, before the page says which it shows: the one the page showed last time (a
 * choice made in Settings outlives the session), else the first of the system's languages the interface speaks.
 */
export function startLanguage(remembered: UiLanguage | null, systemTags: readonly string[]): UiLanguage {
  return remembered ?? systemLanguage(systemTags);
}

/** The language remembered in the user-data folder, or null when there is none or the file is unusable (never throws). */
export function readRememberedLanguage(userData: string): UiLanguage | null {
  try {
    const parsed = rememberedSchema.safeParse(JSON.parse(readFileSync(join(userData, SHELL_LANGUAGE_FILE), 'utf8')));
    return parsed.success ? parsed.data.language : null;
  } catch {
    return null;
  }
}

/** Remembers the page's language for the next start (written whole or not at all). */
export function rememberLanguage(userData: string, language: UiLanguage): Promise<void> {
  return writeFileAtomic(join(userData, SHELL_LANGUAGE_FILE), `${JSON.stringify({ language })}\n`, { fsync: true });
}
