import type { ReactNode } from 'react';
import type { Snippet } from '../search/snippet';

/** A snippet's text with its matched words in <mark>. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of snippet.marks) {
    if (start < at) continue;
    parts.push(snippet.text.slice(at, start), <mark key={start}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(snippet.text.slice(at));
  return <>{parts}</>;
}
