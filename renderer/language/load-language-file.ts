import type { LanguageFile } from '../../content/model/language-file-schema';
import { LANGUAGE_FILE_FORMAT, languageFileName, type TranslatedLanguage } from '../../content/model/languages';

/** A language's official titles, term equivalents and country names, or why they could not be read. */
type LanguageFileLoad = { ok: true; file: LanguageFile } | { ok: false; message: string };

const PARTS = ['instruments', 'bodies', 'terms', 'countries'] as const;

/**
 * Fetches `language-<language>.json` from the bundle; never throws. Like the bundle, only the format and shape are
 * checked here (the compiler validated it, the shell checked its hash). A bundle without the file (compiled
 * before languages existed) loads as a failure, and the reader shows the English titles alone.
 */
export async function loadLanguageFile(language: TranslatedLanguage, folder = 'bundle'): Promise<LanguageFileLoad> {
  const path = `${folder}/${languageFileName(language)}`;
  try {
    const response = await fetch(path);
    if (!response.ok) return { ok: false, message: `${path}: ${response.status} ${response.statusText}` };
    const data = (await response.json()) as Record<string, unknown> | null;
    if (data?.format !== LANGUAGE_FILE_FORMAT || data.language !== language)
      return { ok: false, message: `${path} is not a ${language} language file of format ${LANGUAGE_FILE_FORMAT}` };
    if (PARTS.some((part) => typeof data[part] !== 'object' || data[part] === null))
      return { ok: false, message: `${path} lacks ${PARTS.join(', ')}` };
    return { ok: true, file: data as unknown as LanguageFile };
  } catch (error) {
    return { ok: false, message: `${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
