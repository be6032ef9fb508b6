import { isUiLanguage, systemLanguage, UI_LANGUAGES, type UiLanguage } from '../../content/model/languages';

/** What the reader chose in Settings: a language, or whatever the system's language is. */
export type LanguageChoice = 'system' | UiLanguage;

/** Every choice Settings offers, the system's first. */
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['system', ...UI_LANGUAGES];

/** The settings key the choice is remembered under. */
export const LANGUAGE_SETTING = 'language';

/** A remembered choice, or undefined for anything else (the default then applies). */
export function parseLanguageChoice(raw: unknown): LanguageChoice | undefined {
  return raw === 'system' || isUiLanguage(raw) ? raw : undefined;
}

/** The language a choice stands for on this system. */
export function resolveLanguage(choice: LanguageChoice, preferred: readonly string[]): UiLanguage {
  return choice === 'system' ? systemLanguage(preferred) : choice;
}
