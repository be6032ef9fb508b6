import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { TocEntry } from '../../content/model/document-body-schema';
import type { Problem } from './problems';
import type { ValidDocument } from './validate';

/** A document rendered to a sanitised HTML tree, with its headings. */
export interface RenderedDocument {
  doc: ValidDocument;
  hast: HastRoot;
  toc: TocEntry[];
}

const markdown = unified().use(remarkParse).use(remarkGfm);
const toHtmlTree = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeSlug);

const DANGEROUS_HTML = /<\s*(script|iframe|object|embed|style)\b|\son[a-z]+\s*=|javascript:/i;

/** Reports raw HTML, which sources may not contain; it is also dropped from the output. */
function rawHtmlProblems(tree: MdastRoot, doc: ValidDocument): Problem[] {
  const problems: Problem[] = [];
  visit(tree, 'html', (node) => {
    const dangerous = DANGEROUS_HTML.test(node.value);
    problems.push({
      file: doc.file,
      line: doc.bodyLine + (node.position?.start.line ?? 1) - 1,
      field: 'body',
      message: `${dangerous ? 'script or event handler in raw HTML' : 'raw HTML'} is not allowed: ${node.value.slice(0, 60)}`,
    });
  });
  return problems;
}

/** The level of a heading element (1-6), or undefined for anything else. */
export function headingDepth(node: ElementContent): number | undefined {
  if (node.type !== 'element') return undefined;
  const match = /^h([1-6])$/.exec(node.tagName);
  return match ? Number(match[1]) : undefined;
}

/** Lists a document's h2-h4 headings with their anchors as its table of contents. */
function tableOfContents(tree: HastRoot): TocEntry[] {
  return (tree.children as ElementContent[]).flatMap((node) => {
    const depth = headingDepth(node);
    if (depth === undefined || depth < 2 || depth > 4) return [];
    const element = node as Element;
    return [{ depth, text: hastToString(element).trim(), anchor: String(element.properties.id ?? '') }];
  });
}

/** Stage 3: renders each document's Markdown (GFM) to a sanitised tree with heading anchors. */
export function render(documents: ValidDocument[]): { rendered: RenderedDocument[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const rendered = documents.map((doc) => {
    const mdast = markdown.parse(doc.body);
    problems.push(...rawHtmlProblems(mdast, doc));
    const hast = toHtmlTree.runSync(mdast) as HastRoot;
    return { doc, hast, toc: tableOfContents(hast) };
  });
  return { rendered, problems };
}
