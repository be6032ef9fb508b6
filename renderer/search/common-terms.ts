import { stemWord } from './text-analysis';

/** Share of passages above which a body word says next to nothing about what a passage is about. */
const COMMON_SHARE = 0.5;

/** Words kept in bodies however common: they turn the meaning of legal text ("may not", "shall only"). */
const LEGAL_WORDS: ReadonlySet<string> = new Set(
  ['may', 'must', 'not', 'no', 'nor', 'shall', 'should', 'cannot', 'only'].map(stemWord),
);

/**
 * The corpus's own stop list: terms found in the bodies of more than COMMON_SHARE of the passages.
 * Their BM25 weight is tiny, yet every query naming them would visit most of the index; titles,
 * abbreviations and headings keep them, so they still rank names and sections.
 */
export function commonBodyTerms(bodies: ReadonlyArray<ReadonlyArray<string>>): Set<string> {
  const counts = new Map<string, number>();
  for (const terms of bodies) for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const limit = bodies.length * COMMON_SHARE;
  const common = new Set<string>();
  for (const [term, count] of counts) if (count > limit && !LEGAL_WORDS.has(term)) common.add(term);
  return common;
}
