import type { LanguageFile } from '../../content/model/language-file-schema';
import type { UiLanguage } from '../../content/model/languages';
import type { SearchResult } from '../../renderer/search/search-types';
import { markSnippet } from '../../renderer/search/snippet';
import { texts as de } from '../../renderer/texts/de';
import { texts as en } from '../../renderer/texts/en';
import { texts as fr } from '../../renderer/texts/fr';
import type { Texts } from '../../renderer/texts/texts-shape';

// The reader's own texts: a kind, a standing or a count reads in the terminal as it does in the app.
const TEXTS: Readonly<Record<UiLanguage, Texts>> = { en, fr, de };

/** How `npm run -s search` words its results: the language, its file of official titles (if the bundle has one), the bold marks. */
export interface SearchWording {
  language: UiLanguage;
  translations: LanguageFile | null;
  /** What opens and closes a matched word in a snippet (ANSI bold on a terminal). */
  mark: readonly [open: string, close: string];
}

/** The human-readable lines for a search's results: rank, kind, name, where it stands, the official title in the language, the snippet, the count. */
export function searchLines(
  results: readonly SearchResult[],
  total: number,
  query: string,
  { language, translations, mark }: SearchWording,
): string[] {
  const t = TEXTS[language];
  if (results.length === 0) return [t.search.noResults(query)];
  const dates = new Intl.DateTimeFormat(t.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dates.format(new Date(`${iso}T00:00:00Z`)) : iso);
  const lines = results.flatMap((r, i) => {
    const standing = r.standing && [t.standing[r.standing.key], r.standing.date && day(r.standing.date)];
    const where = [r.celex, ...(standing ?? [r.status]), r.headingPath.join(' › ')].filter(Boolean).join(' · ');
    const official = translations && (translations.instruments[r.id]?.title ?? translations.bodies[r.id]?.title);
    return [
      `${i + 1}. [${t.kinds[r.kind]}] ${r.shortName}${where ? `  (${where})` : ''}  ${r.id}${r.anchor ? `#${r.anchor}` : ''}`,
      ...(official ? [`   ${official}`] : []),
      `   ${markSnippet(r.snippet, ...mark)}`,
    ];
  });
  return [...lines, t.search.count(total, query)];
}
