import type { PassageMatch } from './lunr-query';
import type { Concept } from './query-plan';

/** A document's share of a query: its best passage, how much else matched, which concepts it covers. */
export interface DocumentHit {
  doc: number;
  bestPassage: number;
  bestScore: number;
  otherScore: number;
  covered: Set<number>;
  terms: Set<string>;
}

/** Which concepts each index term stands for. */
export function conceptsByTerm(concepts: Concept[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  concepts.forEach((concept, i) => {
    for (const term of concept.terms.keys()) map.set(term, [...(map.get(term) ?? []), i]);
  });
  return map;
}

/** Rolls passage matches up to documents, so one page appears once with its best passage. */
export function rollUp(matches: PassageMatch[], docOfPassage: Int32Array, concepts: Concept[]): Map<number, DocumentHit> {
  const byTerm = conceptsByTerm(concepts);
  const hits = new Map<number, DocumentHit>();
  for (const match of matches) {
    const doc = docOfPassage[match.passage];
    if (doc === undefined || doc < 0) continue;
    let hit = hits.get(doc);
    if (!hit) {
      hit = { doc, bestPassage: match.passage, bestScore: match.score, otherScore: 0, covered: new Set(), terms: new Set() };
      hits.set(doc, hit);
    } else if (match.score > hit.bestScore) {
      hit.otherScore += hit.bestScore;
      hit.bestScore = match.score;
      hit.bestPassage = match.passage;
    } else {
      hit.otherScore += match.score;
    }
    for (const [term, fields] of Object.entries(match.terms)) {
      hit.terms.add(term);
      for (const c of byTerm.get(term) ?? []) {
        const concept = concepts[c];
        if (concept && fields.some((f) => (concept.fields as string[]).includes(f))) hit.covered.add(c);
      }
    }
  }
  return hits;
}
