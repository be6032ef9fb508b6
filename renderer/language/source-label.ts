import type { LanguageFile } from '../../content/model/language-file-schema';
import { texts } from '../texts/active-texts';
import { formatDate } from '../views/format-date';

type Source = LanguageFile['instruments'][string]['source'];

/** Where an official title or equivalent was read and when, in the interface language ("Source : CELEX 32023L0977, Art. 4 ; vérifié le 3 décembre 2026"). */
export function sourceLabel(source: Source, checked: string): string {
  const where = [
    source.celex
      ? `CELEX ${source.celex}`
      : source.eli
        ? `ELI ${source.eli}`
        : source.url
          ? new URL(source.url).host
          : '',
    source.article,
  ]
    .filter(Boolean)
    .join(', ');
  return texts.language.source(
    source.secondary ? `${where} (${texts.language.secondary})` : where,
    formatDate(checked),
  );
}
