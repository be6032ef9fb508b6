import type { Element, ElementContent, Root as HastRoot, RootContent, Text } from 'hast';
import { documentHref, termHref } from '../../content/model/links';
import type { RenderedDocument } from './render';
import type { ValidContent } from './validate';
import { WIKI_LINK } from './wiki-link';

/** A document's tree with its links resolved and glossary terms marked, and the terms it marks. */
export interface MarkedDocument {
  id: string;
  tree: HastRoot;
  markedTerms: string[];
}

type TermMatcher = { pattern: RegExp; idOf: (match: string) => string | undefined };
type LabelOf = (id: string, isTerm: boolean) => string;

const NO_TERM_MARKS = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Escapes a string for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds one matcher for every term name and abbreviation, longest first so phrases win over their parts. */
function termMatcher(terms: ValidContent['terms']): TermMatcher {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const { data } of terms) {
    folded.set(data.term.toLowerCase(), data.id);
    for (const abbreviation of data.abbreviations) exact.set(abbreviation, data.id);
  }
  const names = [...new Set([...exact.keys(), ...terms.map((t) => t.data.term)])]
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, idOf: (match) => exact.get(match) ?? folded.get(match.toLowerCase()) };
}

/** A new tree in which `[[id]]` text becomes links and the first mention of each glossary term is wrapped; the input is left as it was. */
function markTree(hast: HastRoot, labelOf: LabelOf, matcher: TermMatcher): { tree: HastRoot; markedTerms: string[] } {
  const marked = new Set<string>();
  const rewrite = (node: Text, insideNoMark: boolean): ElementContent[] => {
    const out: ElementContent[] = [];
    let last = 0;
    const value = node.value;
    const pieces: { start: number; end: number; element: Element }[] = [];
    for (const m of value.matchAll(WIKI_LINK)) {
      const raw = (m[1] ?? '').trim();
      const isTerm = raw.startsWith('term:');
      const id = isTerm ? raw.slice(5) : raw;
      const anchor = m[2]?.trim();
      const href = isTerm ? termHref(id) : documentHref(id, anchor);
      pieces.push({
        start: m.index,
        end: m.index + m[0].length,
        element: {
          type: 'element',
          tagName: 'a',
          properties: { href, className: [isTerm ? 'term-link' : 'doc-link'] },
          children: [{ type: 'text', value: m[3]?.trim() ?? labelOf(id, isTerm) }],
        },
      });
    }
    if (!insideNoMark) {
      for (const m of value.matchAll(matcher.pattern)) {
        const id = matcher.idOf(m[0]);
        if (!id || marked.has(id)) continue;
        if (pieces.some((p) => m.index < p.end && m.index + m[0].length > p.start)) continue;
        marked.add(id);
        pieces.push({
          start: m.index,
          end: m.index + m[0].length,
          element: {
            type: 'element',
            tagName: 'span',
            properties: { className: ['term'], dataTerm: id },
            children: [{ type: 'text', value: m[0] }],
          },
        });
      }
    }
    if (pieces.length === 0) return [node];
    pieces.sort((a, b) => a.start - b.start);
    for (const piece of pieces) {
      if (piece.start > last) out.push({ type: 'text', value: value.slice(last, piece.start) });
      out.push(piece.element);
      last = piece.end;
    }
    if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
    return out;
  };
  const copyChildren = (children: readonly RootContent[], insideNoMark: boolean): RootContent[] =>
    children.flatMap((child): RootContent[] => {
      if (child.type === 'text') return rewrite(child, insideNoMark);
      if (child.type === 'element')
        return [
          {
            ...child,
            children: copyChildren(
              child.children,
              insideNoMark || NO_TERM_MARKS.has(child.tagName),
            ) as ElementContent[],
          },
        ];
      return [child];
    });
  const tree: HastRoot = { ...hast, children: copyChildren(hast.children, false) };
  return { tree, markedTerms: [...marked] };
}

/** Stage 4c: each rendered document as a new tree with its links resolved and glossary terms marked; the rendered trees stay untouched. */
export function markTerms(rendered: RenderedDocument[], valid: ValidContent): MarkedDocument[] {
  const docs = new Map(valid.documents.map((d) => [d.data.id, d.data]));
  const terms = new Map(valid.terms.map((t) => [t.data.id, t.data]));
  const shortName = (id: string) => {
    const d = docs.get(id);
    // A country profile is named by its English short name.
    return d ? ('short_name' in d ? d.short_name : 'name' in d ? d.name : d.title) : id;
  };
  const labelOf: LabelOf = (id, isTerm) => (isTerm ? (terms.get(id)?.term ?? id) : shortName(id));
  const matcher = termMatcher(valid.terms);
  return rendered.map(({ doc, hast }) => ({ id: doc.data.id, ...markTree(hast, labelOf, matcher) }));
}
