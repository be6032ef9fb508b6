import type { InstrumentDocument } from '../../content/model/bundle-schema';
import { foldedWords, foldText } from '../search/fold';

/** Instruments whose short name, title, abbreviations, number or CELEX contain every word typed, folded as the search folds. */
export function filterInstruments(instruments: readonly InstrumentDocument[], filter: string): InstrumentDocument[] {
  const words = foldedWords(filter);
  return instruments.filter((doc) => {
    const text = foldText(
      [doc.shortName, doc.title, ...doc.abbreviations, doc.number ?? '', doc.celex ?? ''].join(' '),
    );
    return words.every((word) => text.includes(word));
  });
}
