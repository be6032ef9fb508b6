import lunr from 'lunr';
import type { Concept } from './query-plan';
import { ALL_FIELDS } from './index-fields';

/** A passage lunr found, with the index terms it matched and in which fields. */
export interface PassageMatch {
  passage: number;
  score: number;
  terms: Record<string, string[]>;
}

/**
 * Asks lunr for the passages matching the concepts' terms. Every clause is built with index.query(),
 * never parsed from user text, and names an exact index term, so nothing here can throw or expand.
 */
export function queryPassages(index: lunr.Index, concepts: Concept[]): PassageMatch[] {
  if (!concepts.some((c) => c.terms.size > 0)) return [];
  const results = index.query((query) => {
    for (const concept of concepts) {
      for (const [term, boost] of concept.terms) {
        query.term(term, { fields: concept.fields, boost, usePipeline: false, wildcard: lunr.Query.wildcard.NONE, presence: lunr.Query.presence.OPTIONAL });
      }
    }
  });
  return results.map((r) => {
    const terms: Record<string, string[]> = {};
    for (const [term, fields] of Object.entries(r.matchData.metadata)) terms[term] = Object.keys(fields as object);
    return { passage: Number(r.ref), score: r.score, terms };
  });
}

/** Positions of the passages holding any of the terms, in any field. */
export function passagesHolding(index: lunr.Index, terms: string[]): Set<number> {
  if (terms.length === 0) return new Set();
  const results = index.query((query) => {
    for (const term of terms) query.term(term, { fields: ALL_FIELDS, usePipeline: false, wildcard: lunr.Query.wildcard.NONE });
  });
  return new Set(results.map((r) => Number(r.ref)));
}
