import type { SearchDoc } from '../../content/model/search-index-schema';
import { NO_LONGER_APPLIES } from '../../content/model/status';
import type { Concept } from './query-plan';
import { coverageCount } from './rollup';

/** Score floor of an exact title or abbreviation match: above any text match. */
const EXACT_NAME_SCORE = 1000;
/** Score floor of an identifier match (2016/681, 32016L0681): above everything. */
const IDENTIFIER_SCORE = 2000;

/** Factor for documents that no longer apply: they follow current ones of about equal relevance. */
const NO_LONGER_APPLIES_FACTOR = 0.9;
/** Factor for documents where a quoted phrase's words stand together. */
const PHRASE_FACTOR = 1.5;
/** Kinds an exact name puts above everything else: an act, or a state by its name or code ("DE", "Deutschland"). */
const NAMED_FIRST: ReadonlySet<string> = new Set(['instrument', 'country']);
/**
 * An exact name lifts an instrument or a country above everything else; for a glossary entry, a body or a page it
 * only multiplies the text score, because such names ("DNA", "data retention", "Europol") usually stand
 * for the act an officer is after, which the entry explains and links to.
 */
const EXACT_FACTOR = 3;
/**
 * Factor for a document the query names inside a longer question ("which countries take part in prum"), or that a
 * concept it names is about: the page about the subject goes before pages that merely mention the question's words.
 */
const SUBJECT_FACTOR = 3;
/**
 * Text relevance by kind: BM25 rates short glossary entries high for any word they hold, and sections
 * and pages mention every instrument of their area; the instrument itself is what an officer is after.
 */
const KIND_FACTOR: Record<string, number> = {
  instrument: 1,
  body: 0.8,
  task: 0.7,
  page: 0.6,
  country: 0.5,
  term: 0.5,
  section: 0.4,
};

/** One query's concepts as bit masks over a document's coverage. */
export interface ConceptMasks {
  count: number;
  /** Phrase and field words: a document must match them. */
  required: number;
  /** Everything a document's text can show: a document matching all of it has every word of the query. */
  all: number;
  /** Concepts whose terms are all common, which bodies cannot show, and a question's filler: never counted against a document. */
  common: number;
}

/** The masks of a query's concepts. */
export function conceptMasks(concepts: Concept[]): ConceptMasks {
  const masks: ConceptMasks = { count: concepts.length, required: 0, all: 0, common: 0 };
  concepts.forEach((c, i) => {
    const bit = 2 ** i;
    if (c.required) masks.required |= bit;
    if (c.common || c.filler) masks.common |= bit;
    else masks.all |= bit;
  });
  return masks;
}

/** A text hit's relevance: best passage, a little for the rest of the page, scaled by how many concepts it covers. */
export function textScore(best: number, other: number, covered: number, masks: ConceptMasks): number {
  const coverage = masks.count === 0 ? 0 : coverageCount(covered | masks.common) / masks.count;
  return (best + 0.2 * Math.min(other, best)) * coverage * coverage;
}

/** Final score: identifier and exact-name tiers first, then text relevance with phrase and status adjustments. */
export function finalScore(
  doc: SearchDoc,
  text: number,
  flags: { exactName: boolean; identifier: boolean; phrase: boolean; subject?: boolean },
): number {
  let score = text;
  score *= KIND_FACTOR[doc.kind] ?? 1;
  if (flags.subject) score *= SUBJECT_FACTOR;
  if (flags.phrase) score *= PHRASE_FACTOR;
  if (doc.status && NO_LONGER_APPLIES.has(doc.status)) score *= NO_LONGER_APPLIES_FACTOR;
  if (flags.exactName) score = NAMED_FIRST.has(doc.kind) ? score + EXACT_NAME_SCORE : score * EXACT_FACTOR;
  if (flags.identifier) score += IDENTIFIER_SCORE;
  return score;
}
