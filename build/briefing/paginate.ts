/** How a pack is rendered and measured: the two halves of numbering its contents. */
export interface Pagination<Pdf> {
  /** Renders the pack, with the contents' page numbers when they are known. */
  render(pages: number[] | undefined): Promise<Pdf>;
  /** The sheet where each contents entry starts in a rendering, in contents order. */
  startPages(pdf: Pdf): Promise<(number | undefined)[]>;
}

/** The most renderings before giving up: the numbers' column keeps its width, so the second always agrees. */
const MAX_RENDERINGS = 4;

/**
 * Renders until the page numbers printed in the contents are the pages where the entries start. Chromium's printing
 * has no target-counter(), so the numbers are read from a rendering (where each anchor landed) and written into the
 * next; a rendering that agrees with the numbers it printed is the answer. Throws if an entry has no page or the
 * numbers never settle, rather than print a contents that lies.
 */
export async function paginate<Pdf>(pagination: Pagination<Pdf>): Promise<{ pdf: Pdf; pages: number[] }> {
  let printed: number[] | undefined;
  for (let rendering = 1; rendering <= MAX_RENDERINGS; rendering++) {
    const pdf = await pagination.render(printed);
    const found = await pagination.startPages(pdf);
    const missing = found.findIndex((page) => page === undefined);
    if (missing >= 0) throw new Error(`contents entry ${missing + 1} has no place in the rendered PDF`);
    const pages = found as number[];
    if (printed && pages.every((page, index) => page === printed?.[index])) return { pdf, pages };
    printed = pages;
  }
  throw new Error(`the contents' page numbers did not settle after ${MAX_RENDERINGS} renderings`);
}
