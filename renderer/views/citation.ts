import type { InstrumentDocument } from '../../content/model/bundle-schema';

/** How an instrument is cited: its official title, Official Journal reference and identifiers. */
export function citationOf(doc: InstrumentDocument): string {
  const identifiers = [doc.celex && `CELEX ${doc.celex}`, doc.ecli, doc.eli && `ELI ${doc.eli}`].filter(Boolean);
  return [`${doc.title}${doc.oj ? ` (${doc.oj})` : ''}.`, ...identifiers.map((id) => `${id}.`)].join(' ');
}
