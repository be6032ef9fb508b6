import type { InstrumentDocument } from '../../content/model/bundle-schema';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Instruments whose short name, title, abbreviations, number or CELEX contain every word typed. */
export function filterInstruments(instruments: readonly InstrumentDocument[], filter: string): InstrumentDocument[] {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  return instruments.filter((doc) => {
    const text = fold([doc.shortName, doc.title, ...doc.abbreviations, doc.number ?? '', doc.celex ?? ''].join(' '));
    return words.every((word) => text.includes(word));
  });
}
