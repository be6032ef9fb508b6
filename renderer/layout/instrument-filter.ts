import type { InstrumentDocument } from '../../content/model/bundle-schema';
import type { LanguageFile } from '../../content/model/language-file-schema';
import { foldedWords, foldText } from '../search/fold';

/**
 * Instruments whose short name, title, abbreviations, number or CELEX contain every word typed, folded as the search
 * folds; with the interface language's file, their official title and number in that language count too.
 */
export function filterInstruments(
  instruments: readonly InstrumentDocument[],
  filter: string,
  translations: LanguageFile | null = null,
): InstrumentDocument[] {
  const words = foldedWords(filter);
  return instruments.filter((doc) => {
    const official = translations?.instruments[doc.id];
    const text = foldText(
      [
        doc.shortName,
        doc.title,
        ...doc.abbreviations,
        doc.number ?? '',
        doc.celex ?? '',
        official?.title ?? '',
        official?.number ?? '',
      ].join(' '),
    );
    return words.every((word) => text.includes(word));
  });
}
