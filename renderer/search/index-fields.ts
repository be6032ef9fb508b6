/** The lunr fields and their boosts: names over headings over body text. */
export const INDEX_FIELDS = [
  { name: 'title', boost: 10 },
  { name: 'abbreviations', boost: 8 },
  { name: 'headings', boost: 3 },
  { name: 'body', boost: 1 },
] as const;

/** A lunr field name. */
export type IndexField = (typeof INDEX_FIELDS)[number]['name'];

/** Every lunr field name, for clauses that search everywhere. */
export const ALL_FIELDS: IndexField[] = INDEX_FIELDS.map((f) => f.name);
