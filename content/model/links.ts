/** The reader's hash route to a document, optionally to one of its headings. */
export function documentHref(id: string, anchor?: string): string {
  return anchor ? `#/doc/${id}/${encodeURIComponent(anchor)}` : `#/doc/${id}`;
}

/** The reader's hash route to a glossary term. */
export function termHref(id: string): string {
  return `#/term/${id}`;
}
