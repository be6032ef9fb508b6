import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One top-level entry of a PDF's outline (bookmarks), with the sheet it leads to (1-based). */
export interface OutlineEntry {
  title: string;
  page: number | undefined;
}

/** Opens a PDF held in memory with pdf.js (pure JavaScript, no worker thread needed in Node). */
export function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of the array it is given; a copy leaves the caller's bytes intact.
  return getDocument({ data: new Uint8Array(data), isEvalSupported: false, verbosity: 0 }).promise;
}

async function pageOfDestination(pdf: PDFDocumentProxy, dest: unknown): Promise<number | undefined> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
  const target = Array.isArray(explicit) ? (explicit[0] as unknown) : undefined;
  if (target === undefined || target === null) return undefined;
  if (typeof target === 'number') return target + 1;
  return (await pdf.getPageIndex(target as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
}

/**
 * The sheet (1-based) of each named destination, undefined where the PDF has none by that name. Chromium writes one
 * destination for every element id a link in the page points at, so the contents' targets are all there.
 */
export async function destinationPages(
  pdf: PDFDocumentProxy,
  names: readonly string[],
): Promise<(number | undefined)[]> {
  return Promise.all(names.map((name) => pageOfDestination(pdf, name)));
}

/** The top level of the PDF's outline, each entry with its sheet. */
export async function outlineEntries(pdf: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const outline = (await pdf.getOutline()) ?? [];
  return Promise.all(
    outline.map(async (entry) => ({ title: entry.title, page: await pageOfDestination(pdf, entry.dest) })),
  );
}

/** The text of each sheet, its pieces joined by single spaces. */
export async function pageTexts(pdf: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return texts;
}
