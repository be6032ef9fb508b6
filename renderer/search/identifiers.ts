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

/** A year as acts are numbered with it: 1950 to 2099. */
const YEAR = /^(?:19[5-9]|20\d)\d$/;

/**
 * The same numbers the other way round, for a query that names an act by number and year in the order other acts use
 * ("977/2023" for 2023/977, "2008/767" for 767/2008): tried only when the keys as written name nothing.
 */
export function reorderedKeys(keys: readonly string[]): string[] {
  const reordered = new Set<string>();
  for (const key of keys) {
    const parts = /^(\d{1,4})\/(\d{1,4})$/.exec(key);
    if (!parts) continue;
    const [, a = '', b = ''] = parts;
    if (YEAR.test(a) !== YEAR.test(b)) reordered.add(`${b}/${a}`);
  }
  return [...reordered];
}

/**
 * Identifiers written as two bare numbers, a year and a number, in either order ("dir 2023 977", "regulation 2016 794"):
 * each pair's `year/number` token and the positions of the words it used.
 */
export function numberPairs(words: readonly string[]): { identifier: string; start: number }[] {
  const pairs: { identifier: string; start: number }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] ?? '';
    const b = words[i + 1] ?? '';
    if (!/^\d{1,4}$/.test(a) || !/^\d{1,4}$/.test(b) || YEAR.test(a) === YEAR.test(b)) continue;
    pairs.push({ identifier: YEAR.test(a) ? `${a}/${Number(b)}` : `${b}/${Number(a)}`, start: i });
    i++;
  }
  return pairs;
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
