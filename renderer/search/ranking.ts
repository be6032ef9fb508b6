import type { SearchDoc } from '../../content/model/search-index-schema';
import { NO_LONGER_APPLIES } from '../../content/model/status';
import type { Concept } from './query-plan';
import type { DocumentHit } from './rollup';

/** Score floor of an exact title or abbreviation match: above any text match. */
export const EXACT_NAME_SCORE = 1000;
/** Score floor of an identifier match (2016/681, 32016L0681): above everything. */
export const IDENTIFIER_SCORE = 2000;

/** Factor for documents that no longer apply: they follow current ones of about equal relevance. */
const NO_LONGER_APPLIES_FACTOR = 0.9;
/** Factor for documents where a quoted phrase's words stand together. */
const PHRASE_FACTOR = 1.5;
/**
 * An exact name lifts an instrument above everything else; for a glossary entry, a body or a page it
 * only multiplies the text score, because such names ("DNA", "data retention", "Europol") usually stand
 * for the act an officer is after, which the entry explains and links to.
 */
const EXACT_FACTOR = 3;
/**
 * Text relevance by kind: BM25 rates short glossary entries high for any word they hold, and sections
 * and pages mention every instrument of their area; the instrument itself is what an officer is after.
 */
const KIND_FACTOR: Record<string, number> = { instrument: 1, body: 0.8, page: 0.6, term: 0.5, section: 0.4 };

/** A text hit's relevance: best passage, a little for the rest of the page, scaled by how many concepts it covers. */
export function textScore(hit: DocumentHit, concepts: Concept[]): number {
  const coverage = concepts.length === 0 ? 0 : hit.covered.size / concepts.length;
  return (hit.bestScore + 0.2 * Math.min(hit.otherScore, hit.bestScore)) * coverage * coverage;
}

/** True when every required concept (phrase and field words) was found in the document. */
export function coversRequired(hit: DocumentHit, concepts: Concept[]): boolean {
  return concepts.every((c, i) => !c.required || hit.covered.has(i));
}

/** Final score: identifier and exact-name tiers first, then text relevance with phrase and status adjustments. */
export function finalScore(doc: SearchDoc, text: number, flags: { exactName: boolean; identifier: boolean; phrase: boolean }): number {
  let score = text;
  score *= KIND_FACTOR[doc.kind] ?? 1;
  if (flags.phrase) score *= PHRASE_FACTOR;
  if (doc.status && NO_LONGER_APPLIES.has(doc.status)) score *= NO_LONGER_APPLIES_FACTOR;
  if (flags.exactName) score = doc.kind === 'instrument' ? score + EXACT_NAME_SCORE : score * EXACT_FACTOR;
  if (flags.identifier) score += IDENTIFIER_SCORE;
  return score;
}
