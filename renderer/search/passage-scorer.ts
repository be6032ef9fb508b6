import type lunr from 'lunr';
import type { CompactPosting } from './index-compaction';
import { ALL_FIELDS } from './index-fields';
import { decodePosting, type Posting } from './posting-codec';
import type { Concept } from './query-plan';

/** Decoded postings kept between queries: typing asks for the same terms at every keystroke. */
const POSTING_CACHE_SIZE = 256;

/**
 * The passages one query reached. The arrays are the scorer's own buffers, indexed by passage number and
 * valid until its next call: nothing is allocated per matching passage, which is what made lunr's
 * query() slow (a MatchData object per passage, term and field, and a full vector product per field).
 */
export interface PassageScores {
  /** Passage numbers reached, in no particular order. */
  passages: Int32Array;
  /** Sum over matched terms and fields of clause boost times BM25 weight. */
  score: Float64Array;
  /** Bit i set when concept i matched the passage. */
  covered: Uint32Array;
}

/** Scores passages straight from the compact postings of a loaded lunr index. */
export interface PassageScorer {
  score(concepts: Concept[]): PassageScores;
  /** Passages holding any of the terms in any field. */
  holding(terms: string[]): Set<number>;
}

/** Wraps a lunr index loaded from compactLunrJson output. */
export function createPassageScorer(index: lunr.Index, passageCount: number): PassageScorer {
  const inverted = (index as unknown as { invertedIndex: Record<string, CompactPosting> }).invertedIndex;
  const score = new Float64Array(passageCount);
  const covered = new Uint32Array(passageCount);
  const touched = new Int32Array(passageCount);
  let touchedCount = 0;
  const cache = new Map<string, Posting | null>();

  function posting(term: string, field: string): Posting | null {
    const key = `${field}\u0000${term}`;
    let list = cache.get(key);
    if (list === undefined) {
      const encoded = Object.hasOwn(inverted, term) ? inverted[term]?.[field] : undefined;
      list = typeof encoded === 'string' ? decodePosting(encoded) : null;
      if (cache.size >= POSTING_CACHE_SIZE) cache.clear();
      cache.set(key, list);
    }
    return list;
  }

  return {
    score(concepts) {
      for (let i = 0; i < touchedCount; i++) {
        const p = touched[i] ?? 0;
        score[p] = 0;
        covered[p] = 0;
      }
      touchedCount = 0;
      concepts.forEach((concept, c) => {
        const bit = 2 ** c;
        for (const [term, boost] of concept.terms) {
          for (const field of concept.fields) {
            const list = posting(term, field);
            if (!list) continue;
            const { refs, weights } = list;
            for (let i = 0; i < refs.length; i++) {
              const p = refs[i] ?? 0;
              if (p >= passageCount) continue;
              if (covered[p] === 0) touched[touchedCount++] = p;
              covered[p] = (covered[p] ?? 0) | bit;
              score[p] = (score[p] ?? 0) + boost * (weights[i] ?? 0);
            }
          }
        }
      });
      return { passages: touched.subarray(0, touchedCount), score, covered };
    },
    holding(terms) {
      const found = new Set<number>();
      for (const term of terms)
        for (const field of ALL_FIELDS) for (const p of posting(term, field)?.refs ?? []) found.add(p);
      return found;
    },
  };
}
