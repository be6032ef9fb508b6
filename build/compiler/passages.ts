import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { headingDepth } from './render';

/** A heading's stretch of a document: what one search record holds. */
export interface DocumentPassage {
  anchor: string;
  headingPath: string[];
  text: string;
}

/** Splits a linked document at its h2/h3 headings into passages; the text before the first heading has no anchor. */
export function passagesOf(tree: HastRoot): DocumentPassage[] {
  const passages: DocumentPassage[] = [];
  let current: DocumentPassage = { anchor: '', headingPath: [], text: '' };
  const path: string[] = [];
  for (const node of tree.children as ElementContent[]) {
    const depth = headingDepth(node);
    if (depth !== undefined && depth >= 2 && depth <= 3) {
      passages.push(current);
      const text = hastToString(node as Element).trim();
      path.length = depth - 2;
      path.push(text);
      current = { anchor: String((node as Element).properties.id ?? ''), headingPath: [...path], text: '' };
      continue;
    }
    const text = hastToString(node).replace(/\s+/g, ' ').trim();
    if (text) current.text = current.text ? `${current.text} ${text}` : text;
  }
  passages.push(current);
  return passages.filter((p) => p.text || p.anchor);
}
