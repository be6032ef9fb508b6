import type { LanguageFile } from '../../content/model/language-file-schema';
import type { UiLanguage } from '../../content/model/languages';
import { bundleFolder } from '../bundle/bundle-folder';
import { activateTexts } from '../texts/active-texts';
import { loadLanguageFile } from './load-language-file';

/** A language ready to show: its texts active, its language file loaded (null for English or when it could not be read). */
export interface PreparedLanguage {
  language: UiLanguage;
  translations: LanguageFile | null;
}

/**
 * Activates a language's texts and fetches its language file side by side, and sets `<html lang>`. If the language's
 * texts cannot be loaded, English stays active and is what this returns.
 */
export async function prepareLanguage(language: UiLanguage): Promise<PreparedLanguage> {
  const [texts, file] = await Promise.allSettled([
    activateTexts(language),
    language === 'en' ? null : loadLanguageFile(language, bundleFolder().replace(/\/$/, '')),
  ]);
  const shown = texts.status === 'fulfilled' ? language : 'en';
  if (shown !== language) await activateTexts('en');
  document.documentElement.lang = shown;
  const loaded = file.status === 'fulfilled' ? file.value : null;
  return { language: shown, translations: shown !== 'en' && loaded?.ok ? loaded.file : null };
}
