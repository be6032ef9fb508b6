/** One thing wrong with the content, located as precisely as the source allows. */
export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
}

/** Formats a problem as `path:line: field: message`, the form editors and CI logs link to. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`;
}

/** Orders problems by file, then line, so reports are stable run to run. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
}

/** Thrown by the compiler when the content has problems; nothing has been written. */
export class ContentProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} content problem(s)`);
    this.name = 'ContentProblems';
  }
}
