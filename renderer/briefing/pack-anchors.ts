/** The anchor where an item of a briefing pack starts; the contents, the outline and cross-references point to it. */
export function itemAnchor(id: string): string {
  return `pack-${id}`;
}

/** The anchor of a heading inside an item, kept apart from the same heading in another item. */
export function headingAnchor(id: string, heading: string): string {
  return `pack-${id}--${heading}`;
}

/** The anchor of a term in the glossary annex. */
export function termAnchor(id: string): string {
  return `pack-term-${id}`;
}

/** The anchor where the glossary annex starts. */
export const GLOSSARY_ANCHOR = 'pack-glossary';
