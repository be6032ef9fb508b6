import { headingAnchor, itemAnchor, termAnchor } from './pack-anchors';

/** An item's HTML made ready for paper, and the glossary terms it uses. */
export interface PackHtml {
  html: string;
  termIds: string[];
}

const DOC_ROUTE = /^#\/doc\/([^/]+)(?:\/(.+))?$/;

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Rewrites a document's compiled HTML for a briefing pack: heading ids made unique across the pack, links to other
 * items turned into links inside the PDF, links to pages outside the pack and to the web shown as text (a PDF must not
 * send a reader back into the app, and a printed address must be readable), marked terms linked to the glossary annex.
 */
export function packHtml(
  html: string,
  docId: string,
  inPack: ReadonlySet<string>,
  knownTerms: ReadonlySet<string>,
): PackHtml {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const owner = body.ownerDocument;
  for (const element of body.querySelectorAll('[id]')) element.id = headingAnchor(docId, element.id);
  for (const link of body.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    const route = DOC_ROUTE.exec(href);
    if (route?.[1] && inPack.has(decoded(route[1]))) {
      const target = decoded(route[1]);
      link.setAttribute('href', route[2] ? `#${headingAnchor(target, decoded(route[2]))}` : `#${itemAnchor(target)}`);
      continue;
    }
    const text = owner.createElement('span');
    text.className = /^https?:/.test(href) ? 'external-reference' : 'outside-reference';
    text.append(...link.childNodes);
    if (/^https?:/.test(href)) text.append(` (${href})`);
    link.replaceWith(text);
  }
  const termIds: string[] = [];
  for (const span of body.querySelectorAll<HTMLElement>('span.term[data-term]')) {
    const id = span.dataset.term ?? '';
    if (!knownTerms.has(id)) continue;
    if (!termIds.includes(id)) termIds.push(id);
    const link = owner.createElement('a');
    link.className = 'term';
    link.href = `#${termAnchor(id)}`;
    link.append(...span.childNodes);
    span.replaceWith(link);
  }
  return { html: body.innerHTML, termIds };
}
