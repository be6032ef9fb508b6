import type { Asked, SearchConcept } from '../../content/model/concept-schemas';
import { foldedWords } from './fold';
import { stemWord } from './text-analysis';

/** A stretch of the query's words that names a concept: its other names, its documents and the question it asks. */
export interface ConceptMatch {
  start: number;
  length: number;
  /** The concept's other names, as folded words. */
  alternatives: string[][];
  documents: readonly string[];
  asks: Asked | undefined;
}

/** Finds the concepts of `content/concepts.yaml` a query names, word forms aside ("deadlines" names "deadline"). */
export interface ConceptTable {
  /** The concepts named in a query given as the stems of its words. */
  match(stems: readonly string[]): ConceptMatch[];
}

interface Entry {
  stems: string[];
  concept: SearchConcept;
  names: string[][];
}

/** Loads the search index's concepts. */
export function createConceptTable(concepts: readonly SearchConcept[]): ConceptTable {
  const byFirstStem = new Map<string, Entry[]>();
  for (const concept of concepts) {
    const names = concept.names.map((name) => foldedWords(name)).filter((words) => words.length > 0);
    for (const words of names) {
      const stems = words.map(stemWord);
      const list = byFirstStem.get(stems[0] ?? '') ?? [];
      list.push({ stems, concept, names });
      byFirstStem.set(stems[0] ?? '', list);
    }
  }
  return {
    match(stems) {
      const found: (ConceptMatch & { names: string[][]; matched: string[] })[] = [];
      stems.forEach((stem, start) => {
        for (const entry of byFirstStem.get(stem) ?? []) {
          if (!entry.stems.every((s, i) => stems[start + i] === s)) continue;
          found.push({
            start,
            length: entry.stems.length,
            alternatives: [],
            documents: entry.concept.documents,
            asks: entry.concept.asks,
            names: entry.names,
            matched: entry.stems,
          });
        }
      });
      // Longest names first; a word already inside a longer name does not name a second concept.
      found.sort((a, b) => b.length - a.length || a.start - b.start);
      const used = new Set<number>();
      const kept: ConceptMatch[] = [];
      for (const match of found) {
        const span = Array.from({ length: match.length }, (_, i) => match.start + i);
        if (span.some((i) => used.has(i))) continue;
        span.forEach((i) => used.add(i));
        const matched = match.matched.join(' ');
        kept.push({
          start: match.start,
          length: match.length,
          alternatives: match.names.filter((name) => name.map(stemWord).join(' ') !== matched),
          documents: match.documents,
          asks: match.asks,
        });
      }
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}
