import { foldedWords, foldText } from './fold';
import { looksLikeIdentifier, numberPairs } from './identifiers';
import { isQuestion } from './question-words';

/** Facets a search can count and filter by. */
export type FacetName = 'kind' | 'type' | 'status' | 'topic' | 'year';

/** The facets in display order. */
export const FACET_NAMES: readonly FacetName[] = ['kind', 'type', 'status', 'topic', 'year'];

/** What a query asks for, after tolerant parsing: every input parses, nothing throws. */
export interface ParsedQuery {
  /** Folded plain words, in order (stop words included: the analyser drops them later). */
  words: string[];
  /** Folded words of each "quoted phrase". */
  phrases: string[][];
  /** Folded words whose documents are excluded (-word, -"some phrase"). */
  excluded: string[];
  /** Words restricted to one lunr field (title:..., abbreviation:...). */
  fieldWords: { field: 'title' | 'abbreviations'; words: string[] }[];
  /** Identifier tokens (2016/681, 32016L0681, celex:..., number:...). */
  identifiers: string[];
  /** Facet filters written in the query (type:directive, year:2016). */
  filters: Partial<Record<FacetName, string[]>>;
  /** The last word while typing, to be completed as a prefix; null when the query ends with a space. */
  partial: string | null;
  /** The words a user meant as a name, folded and joined, for "exact title or abbreviation" matching. */
  exactText: string;
  /** True when the query reads as a question ("can europol ask...", "...still applies?"). */
  question: boolean;
}

/** Longest query we read: longer input is cut, so a pasted page cannot slow the search down. */
const MAX_QUERY_LENGTH = 256;

const FIELD_ALIASES: Record<string, 'title' | 'abbreviations' | 'identifier' | FacetName> = {
  title: 'title',
  abbreviation: 'abbreviations',
  abbreviations: 'abbreviations',
  abbr: 'abbreviations',
  acronym: 'abbreviations',
  celex: 'identifier',
  number: 'identifier',
  no: 'identifier',
  id: 'identifier',
  identifier: 'identifier',
  type: 'type',
  status: 'status',
  topic: 'topic',
  year: 'year',
  kind: 'kind',
};

type FieldName = (typeof FIELD_ALIASES)[string];

interface RawToken {
  negated: boolean;
  quoted: boolean;
  field: FieldName | null;
  value: string;
}

function tokenize(input: string): RawToken[] {
  const tokens: RawToken[] = [];
  const n = input.length;
  let i = 0;
  const readQuoted = (): string => {
    const end = input.indexOf('"', i + 1);
    const value = input.slice(i + 1, end === -1 ? n : end);
    i = end === -1 ? n : end + 1;
    return value;
  };
  while (i < n) {
    while (i < n && /\s/.test(input[i] ?? '')) i++;
    if (i >= n) break;
    let negated = false;
    if ((input[i] === '-' || input[i] === '+') && i + 1 < n && !/\s/.test(input[i + 1] ?? '')) {
      negated = input[i] === '-';
      i++;
    }
    if (input[i] === '"') {
      tokens.push({ negated, quoted: true, field: null, value: readQuoted() });
      continue;
    }
    const start = i;
    while (i < n && !/\s/.test(input[i] ?? '') && input[i] !== '"') i++;
    const raw = input.slice(start, i);
    const colon = raw.indexOf(':');
    const name = colon > 0 ? raw.slice(0, colon).toLowerCase() : '';
    if (colon > 0 && Object.hasOwn(FIELD_ALIASES, name)) {
      let value = raw.slice(colon + 1);
      if (value === '' && input[i] === '"') value = readQuoted();
      tokens.push({ negated, quoted: false, field: FIELD_ALIASES[name] ?? null, value });
    } else {
      tokens.push({ negated, quoted: false, field: null, value: raw });
    }
  }
  return tokens;
}

/** Removes control and format characters and cuts the input to MAX_QUERY_LENGTH. */
function sanitizeQuery(input: unknown): string {
  const text = typeof input === 'string' ? input : '';
  return text
    .slice(0, MAX_QUERY_LENGTH * 2)
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .slice(0, MAX_QUERY_LENGTH);
}

/** Parses any string into a ParsedQuery; `typing` marks the last word as a prefix still being typed. */
export function parseQuery(input: unknown, typing = false): ParsedQuery {
  const text = sanitizeQuery(input);
  const parsed: ParsedQuery = {
    words: [],
    phrases: [],
    excluded: [],
    fieldWords: [],
    identifiers: [],
    filters: {},
    partial: null,
    exactText: '',
    question: false,
  };
  const exact: string[] = [];
  const tokens = tokenize(text);
  tokens.forEach((token) => {
    if (token.field === 'identifier') {
      if (token.value.trim()) parsed.identifiers.push(token.value);
    } else if (token.field === 'title' || token.field === 'abbreviations') {
      const words = foldedWords(token.value);
      if (words.length > 0) parsed.fieldWords.push({ field: token.field, words });
      exact.push(...words);
    } else if (token.field) {
      const value = foldText(token.value).trim();
      if (value) (parsed.filters[token.field] ??= []).push(value);
    } else if (token.negated) {
      parsed.excluded.push(...foldedWords(token.value));
    } else if (token.quoted) {
      const words = foldedWords(token.value);
      if (words.length > 0) parsed.phrases.push(words);
      exact.push(...words);
    } else if (looksLikeIdentifier(token.value)) {
      parsed.identifiers.push(token.value);
    } else {
      const words = foldedWords(token.value);
      parsed.words.push(...words);
      exact.push(...words);
    }
  });
  for (const pair of numberPairs(parsed.words).reverse()) {
    // "dir 2023 977": the two numbers are one identifier, not two words.
    parsed.identifiers.push(pair.identifier);
    const used = parsed.words.splice(pair.start, 2);
    for (const number of used) {
      const at = exact.indexOf(number);
      if (at >= 0) exact.splice(at, 1);
    }
  }
  const last = tokens[tokens.length - 1];
  const endsOpen = text.length > 0 && !/\s$/.test(text);
  if (typing && endsOpen && last && !last.quoted && !last.field && !last.negated && parsed.words.length > 0) {
    parsed.partial = parsed.words[parsed.words.length - 1] ?? null;
  }
  parsed.exactText = exact.join(' ');
  parsed.question = isQuestion(parsed.words, text);
  return parsed;
}
