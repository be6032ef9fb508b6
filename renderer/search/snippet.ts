import { foldText } from './fold';
import { stemWord } from './text-analysis';

/** A piece of passage text with the character ranges of the words that matched. */
export interface Snippet {
  text: string;
  /** [start, end) offsets into text. */
  marks: [number, number][];
}

/** Longest snippet, in characters. */
const SNIPPET_LENGTH = 200;

/** Cuts a snippet around the first matched word and marks every matched word in it (a fast re-match of stems). */
export function makeSnippet(text: string, matches: (term: string) => boolean, length = SNIPPET_LENGTH): Snippet {
  const hits: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = foldText(m[0]);
    if (matches(stemWord(word)) || matches(word)) hits.push([m.index, m.index + m[0].length]);
  }
  const firstHit = hits[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(firstHit - 60, text.length - length));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > firstHit ? start : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const marks = hits
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start + prefix.length, e - start + prefix.length]);
  return { text: prefix + text.slice(start, end) + suffix, marks };
}

/** Renders a snippet as text with each mark wrapped in `open` and `close` (for terminals and JSON). */
export function markSnippet(snippet: Snippet, open = '**', close = '**'): string {
  let out = '';
  let at = 0;
  for (const [s, e] of snippet.marks) {
    out += snippet.text.slice(at, s) + open + snippet.text.slice(s, e) + close;
    at = e;
  }
  return out + snippet.text.slice(at);
}
