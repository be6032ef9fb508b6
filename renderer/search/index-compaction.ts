import { encodePosting } from './posting-codec';

/** A lunr index as Index.toJSON() writes it. */
export interface SerialisedLunr {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown>][];
  pipeline: string[];
}

/** A term's posting in the compact index: lunr's term number, its passage count, and one encoded list per field holding it. */
export type CompactPosting = { _index: number; _df: number } & Record<string, string | number>;

/**
 * Folds lunr's field vectors into its inverted index: each field's posting becomes an encoded list of
 * (passage, BM25 weight) pairs (see encodePosting) and the vectors are dropped. The vectors and the
 * {"ref": {}} postings were most of the file and of the load time, and scoring a term then reads its
 * own posting instead of every matching passage's whole vector. lunr.Index.load still loads the result
 * (terms, token set for typo matching); our scorer reads the postings, lunr's own query() does not.
 */
export function compactLunrJson(serialised: SerialisedLunr): Record<string, unknown> {
  const termOfIndex = new Map<number, string>();
  for (const [term, posting] of serialised.invertedIndex) termOfIndex.set(Number(posting['_index']), term);
  const weights = new Map<string, Map<string, [number, number][]>>();
  for (const [fieldRef, elements] of serialised.fieldVectors) {
    const slash = fieldRef.indexOf('/');
    const field = fieldRef.slice(0, slash);
    const ref = Number(fieldRef.slice(slash + 1));
    for (let i = 0; i + 1 < elements.length; i += 2) {
      const term = termOfIndex.get(elements[i] ?? -1);
      if (term === undefined) continue;
      let byField = weights.get(term);
      if (!byField) weights.set(term, (byField = new Map()));
      const list = byField.get(field) ?? [];
      list.push([ref, elements[i + 1] ?? 0]);
      byField.set(field, list);
    }
  }
  const invertedIndex = serialised.invertedIndex.map(([term, posting]): [string, CompactPosting] => {
    const compact: CompactPosting = { _index: Number(posting['_index']), _df: 0 };
    const refs = new Set<number>();
    for (const [field, list] of weights.get(term) ?? []) {
      compact[field] = encodePosting(list);
      for (const [ref] of list) refs.add(ref);
    }
    compact._df = refs.size;
    return [term, compact];
  });
  return {
    version: serialised.version,
    fields: serialised.fields,
    fieldVectors: [],
    invertedIndex,
    pipeline: serialised.pipeline,
  };
}
