import type { WebContents } from 'electron';

/** What saving a page as PDF needs; the dialog and the file system are passed in so the flow is testable. */
export interface SavePdfDeps {
  /** Asks where to save; resolves to null when the user cancels. */
  chooseFile: (suggestedName: string) => Promise<string | null>;
  render: () => Promise<Buffer>;
  write: (path: string, data: Buffer) => Promise<void>;
}

/** A file name for the PDF of a page, safe on every platform. */
export function pdfFileName(title: string): string {
  const cleaned = title
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ') // eslint-disable-line no-control-regex -- characters no file system accepts
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${cleaned || 'EU Police Cooperation Reference'}.pdf`;
}

/** Renders the current page to PDF and writes it where the user chose; nothing is rendered if the user cancels. */
export async function savePageAsPdf(title: string, deps: SavePdfDeps): Promise<{ path: string | null }> {
  const path = await deps.chooseFile(pdfFileName(title));
  if (path === null) return { path: null };
  await deps.write(path, await deps.render());
  return { path };
}

/**
 * Renders a web contents to PDF with backgrounds, as printed pages look: A4 unless the page's @page rule sets a size
 * (a briefing pack's print view sets A4 or Letter, and its running header and footer), with an outline from the headings.
 */
export function renderPdf(contents: WebContents): Promise<Buffer> {
  return contents.printToPDF({
    pageSize: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    generateDocumentOutline: true,
  });
}

/** Opens the system print dialog for a web contents; resolves when it closes, rejecting with the reason if printing failed. */
export function printContents(contents: WebContents): Promise<void> {
  return new Promise((resolve, reject) => {
    contents.print({ silent: false, printBackground: true }, (success, reason) => {
      if (success || reason === 'cancelled') resolve();
      else reject(new Error(`printing failed: ${reason}`));
    });
  });
}
