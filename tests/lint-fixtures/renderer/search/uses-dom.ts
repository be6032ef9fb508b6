// Crosses a boundary on purpose: the search engine reading a DOM global.

/** Stands for engine code that would break in the compiler and the CLI. */
export function engineReadsPage(): string {
  return document.title;
}
