import { useLayoutEffect } from 'react';
import type { Paper } from './briefing-request';

/** What the running header and footer of every sheet after the cover say. */
export interface RunningTexts {
  title: string;
  banner?: string;
  footer: string;
  pageOf: readonly [string, string];
}

const PAPER_CSS: Record<Paper, string> = { a4: 'A4', letter: 'letter' };

// A CSS string literal: the title and banner are the user's or the administrator's words.
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/**
 * The @page rules of a pack: paper size, margins, and page-margin boxes for the running header (pack title, and the
 * organisation's notice) and footer (content date, page X of Y). Chromium fills counter(pages) itself, which no
 * element of the page could know.
 */
export function pageRules(paper: Paper, running: RunningTexts): string {
  const box = 'font: 8.5pt system-ui, sans-serif; color: #333;';
  return [
    `@page { size: ${PAPER_CSS[paper]}; margin: 20mm 17mm 20mm 17mm;`,
    `  @top-left { content: ${cssString(running.title)}; ${box} }`,
    running.banner ? `  @top-right { content: ${cssString(running.banner)}; ${box} font-weight: 600; }` : '',
    `  @bottom-left { content: ${cssString(running.footer)}; ${box} }`,
    `  @bottom-right { content: ${cssString(running.pageOf[0])} counter(page) ${cssString(running.pageOf[1])} counter(pages); ${box} }`,
    '}',
    '@page :first { @top-left { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }',
  ].join('\n');
}

/**
 * Adopts `css` into the document while the caller is mounted: a constructed style sheet, since the CSP forbids inline
 * style elements and @page rules cannot be set on an element.
 */
export function usePageStyle(css: string): void {
  useLayoutEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [css]);
}
