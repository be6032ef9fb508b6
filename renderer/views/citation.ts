import type { InstrumentDocument } from '../../content/model/bundle-schema';
import type { UiLanguage } from '../../content/model/languages';
import { ojReference } from '../language/oj-reference';

/**
 * How an instrument is cited: its official title, Official Journal reference and identifiers. In French or German it
 * uses the official title and the Official Journal reference of that language's edition, where the content has them.
 */
export function citationOf(doc: InstrumentDocument, official?: { title: string; language: UiLanguage }): string {
  const language = official?.language ?? 'en';
  const identifiers = [doc.celex && `CELEX ${doc.celex}`, doc.ecli, doc.eli && `ELI ${doc.eli}`].filter(Boolean);
  return [
    `${official?.title ?? doc.title}${doc.oj ? ` (${ojReference(doc.oj, language)})` : ''}.`,
    ...identifiers.map((id) => `${id}.`),
  ].join(' ');
}
