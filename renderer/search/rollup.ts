import type { PassageScores } from './passage-scorer';

/**
 * Passage scores rolled up to documents, so one page appears once with its best passage. Like the
 * scorer's, the arrays are reused buffers indexed by document number, valid until the next roll-up:
 * a query reaching every document allocates nothing per document.
 */
export interface DocumentHits {
  /** Document numbers reached, in no particular order. */
  docs: Int32Array;
  bestPassage: Int32Array;
  bestScore: Float64Array;
  /** Sum of the scores of the document's other passages. */
  otherScore: Float64Array;
  /** Bit i set when concept i matched somewhere in the document. */
  covered: Int32Array;
}

/** Rolls passage scores up to documents. */
export interface RollUp {
  roll(scores: PassageScores): DocumentHits;
}

/** A roll-up for a corpus whose passage p belongs to document docOfPassage[p] (-1: none). */
export function createRollUp(docOfPassage: Int32Array, docCount: number): RollUp {
  const hits: DocumentHits = {
    docs: new Int32Array(docCount),
    bestPassage: new Int32Array(docCount).fill(-1),
    bestScore: new Float64Array(docCount),
    otherScore: new Float64Array(docCount),
    covered: new Int32Array(docCount),
  };
  const { docs, bestPassage, bestScore, otherScore, covered } = hits;
  let count = 0;
  return {
    roll(scores) {
      for (let i = 0; i < count; i++) bestPassage[docs[i] ?? 0] = -1;
      count = 0;
      for (const passage of scores.passages) {
        const doc = docOfPassage[passage] ?? -1;
        if (doc < 0 || doc >= docCount) continue;
        const score = scores.score[passage] ?? 0;
        if (bestPassage[doc] === -1) {
          docs[count++] = doc;
          bestPassage[doc] = passage;
          bestScore[doc] = score;
          otherScore[doc] = 0;
          covered[doc] = scores.covered[passage] ?? 0;
          continue;
        }
        covered[doc] = (covered[doc] ?? 0) | (scores.covered[passage] ?? 0);
        if (score > (bestScore[doc] ?? 0)) {
          otherScore[doc] = (otherScore[doc] ?? 0) + (bestScore[doc] ?? 0);
          bestScore[doc] = score;
          bestPassage[doc] = passage;
        } else {
          otherScore[doc] = (otherScore[doc] ?? 0) + score;
        }
      }
      return { ...hits, docs: docs.subarray(0, count) };
    },
  };
}

/** Number of concepts a coverage mask holds. */
export function coverageCount(mask: number): number {
  let count = 0;
  for (let m = mask >>> 0; m !== 0; m >>>= 1) count += m & 1;
  return count;
}
