import type { BundleSourceRef } from '../../content/model/bundle-source-ref-schema';

/**
 * Where a source can be read: its URL, else its ELI, else its CELEX on EUR-Lex, always over https (the shell opens
 * only https links, after the user confirms); undefined when none can be made.
 */
export function sourceHref(source: BundleSourceRef): string | undefined {
  if (source.url?.startsWith('https://')) return source.url;
  if (source.eli) return source.eli.replace(/^http:\/\//, 'https://');
  if (source.celex)
    return `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${encodeURIComponent(source.celex)}`;
  return undefined;
}

/** The source a page's status was checked against: the act itself when listed, else the first official source. */
export function statusSource(sources: readonly BundleSourceRef[], celex?: string): BundleSourceRef | undefined {
  return (
    (celex ? sources.find((s) => s.celex === celex) : undefined) ?? sources.find((s) => !s.secondary) ?? sources[0]
  );
}
