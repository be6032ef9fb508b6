import type { LanguageFile } from '../../content/model/language-file-schema';
import type { TranslatedLanguage } from '../../content/model/languages';
import { useLanguage } from './language-context';

/** An official title in the interface language, with where it was read and when. */
interface OfficialTitle {
  title: string;
  language: TranslatedLanguage;
  source: LanguageFile['instruments'][string]['source'];
  checked: string;
}

/** The official title of an instrument or body in a language file, if it has one. */
function officialTitleIn(file: LanguageFile | null, id: string): OfficialTitle | undefined {
  const entry = file && (file.instruments[id] ?? file.bodies[id]);
  return file && entry
    ? { title: entry.title, language: file.language, source: entry.source, checked: entry.checked }
    : undefined;
}

/** The official title of an instrument or body in the interface language; undefined in English or where none is recorded. */
export function useOfficialTitle(id: string): OfficialTitle | undefined {
  return officialTitleIn(useLanguage().translations, id);
}
