/** The reader's hash route to a document, optionally to one of its headings. */
export function documentHref(id: string, anchor?: string): string {
  return anchor ? `#/doc/${id}/${encodeURIComponent(anchor)}` : `#/doc/${id}`;
}

/** The reader's hash route to a glossary term. */
export function termHref(id: string): string {
  return `#/term/${id}`;
}

/** The page that says what changed in this content version; the What's new view links it when the bundle has it. */
export const CONTENT_CHANGES_PAGE = 'whats-new-in-content';
