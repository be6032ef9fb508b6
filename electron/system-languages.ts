import { app } from 'electron';

/** The system's languages, best first (`de-AT`, `fr-BE`), then the locale Chromium runs in; call once the app is ready. */
export function systemLanguageTags(): string[] {
  return [...app.getPreferredSystemLanguages(), app.getLocale()];
}
