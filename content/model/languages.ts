/** The languages the interface speaks; English is the content's own language. */
export const UI_LANGUAGES = ['en', 'fr', 'de'] as const;

/** A language of the interface. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The languages with a language file (official titles, term equivalents, country names) beside the English content. */
export const TRANSLATED_LANGUAGES = ['fr', 'de'] as const;

/** A language with a language file. */
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** The version of a compiled language file's format; readers refuse others. */
export const LANGUAGE_FILE_FORMAT = 1;

/** The file name of a language's compiled file in a bundle (loaded only when the interface is in that language). */
export function languageFileName(language: TranslatedLanguage): string {
  return `language-${language}.json`;
}

/** True for a value that names a language of the interface. */
export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The first of the system's languages (e.g. `de-AT`, from `navigator.languages` or the OS) the interface speaks, else English. */
export function systemLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isUiLanguage(primary)) return primary;
  }
  return 'en';
}
