import { foldText } from './fold';

const CELEX = /^([1-9ce])(\d{4})([a-z]{1,2})(\d{4})(\(\d+\))?$/;
const NUMBER = /(?:^|[^a-z0-9])((?:c-|t-)?)(\d{1,4})\/(\d{1,4})(?:\/([a-z]{2,4}))?/g;

/**
 * Comparable keys for an identifier (CELEX, number, ECLI) or a query token, so that 2016/681,
 * (EU) 2016/681, 32016L0681 and 2008/615/JHA all meet their instrument.
 */
export function identifierKeys(raw: string): string[] {
  const text = foldText(raw).replace(/\s+/g, ' ').trim();
  const keys = new Set<string>();
  const compact = text.replace(/\s+/g, '');
  const celex = CELEX.exec(compact);
  if (celex) {
    keys.add(compact);
    // Legislation (sector 3) CELEX numbers encode year and number: 32016L0681 is 2016/681.
    if (celex[1] === '3' && celex[2] && celex[4]) keys.add(`${celex[2]}/${Number(celex[4])}`);
  }
  if (compact.startsWith('ecli:')) keys.add(compact);
  for (const match of text.matchAll(NUMBER)) {
    const [, court = '', a = '', b = '', suffix] = match;
    const base = `${Number(a)}/${Number(b)}`;
    keys.add(court ? `${court}${base}` : base);
    if (suffix) keys.add(`${base}/${suffix}`);
  }
  return [...keys];
}

/** True when a query token looks like an identifier rather than a word (has a digit and a slash, or is a CELEX/ECLI). */
export function looksLikeIdentifier(token: string): boolean {
  const compact = foldText(token).replace(/\s+/g, '');
  return (/\d/.test(compact) && compact.includes('/')) || CELEX.test(compact) || compact.startsWith('ecli:');
}

/** Maps every identifier key to the documents that carry it. */
export function buildIdentifierMap(docs: ReadonlyArray<{ id: string; identifiers: string[] }>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const doc of docs) {
    for (const identifier of doc.identifiers) {
      for (const key of identifierKeys(identifier)) {
        const list = map.get(key) ?? [];
        if (!list.includes(doc.id)) list.push(doc.id);
        map.set(key, list);
      }
    }
  }
  return map;
}
