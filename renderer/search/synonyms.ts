import { foldedWords } from './fold';

/** A stretch of the query's words that names a glossary entry, and the other names of that entry. */
export interface SynonymMatch {
  start: number;
  length: number;
  alternatives: string[][];
}

/** Finds glossary names in a word list and offers the entry's other names: PNR <-> passenger name record. */
export interface SynonymTable {
  expand(words: string[]): SynonymMatch[];
}

/** Loads the folded synonym groups of the index file. */
export function createSynonymTable(groups: string[][]): SynonymTable {
  const byFirstWord = new Map<string, { words: string[]; group: string[][] }[]>();
  for (const group of groups) {
    const members = group.map((member) => foldedWords(member)).filter((w) => w.length > 0);
    for (const words of members) {
      const first = words[0] ?? '';
      const list = byFirstWord.get(first) ?? [];
      list.push({ words, group: members });
      byFirstWord.set(first, list);
    }
  }
  return {
    expand(words) {
      const matches: SynonymMatch[] = [];
      words.forEach((word, start) => {
        for (const entry of byFirstWord.get(word) ?? []) {
          if (!entry.words.every((w, i) => words[start + i] === w)) continue;
          const alternatives = entry.group.filter((m) => m.join(' ') !== entry.words.join(' '));
          if (alternatives.length > 0) matches.push({ start, length: entry.words.length, alternatives });
        }
      });
      return matches;
    },
  };
}
