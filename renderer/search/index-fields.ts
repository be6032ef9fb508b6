/** The lunr fields and their boosts: names over headings over body text. */
export const INDEX_FIELDS = [
  { name: 'title', boost: 10 },
  { name: 'abbreviations', boost: 8 },
  /** Names in other languages (official titles, glossary equivalents): low, so their words do not crowd English queries (6 cost two questions of the set). */
  { name: 'aliases', boost: 2 },
  { name: 'headings', boost: 3 },
  { name: 'body', boost: 1 },
] as const;

/** A lunr field name. */
export type IndexField = (typeof INDEX_FIELDS)[number]['name'];

/** Every lunr field name, for clauses that search everywhere. */
export const ALL_FIELDS: IndexField[] = INDEX_FIELDS.map((f) => f.name);
