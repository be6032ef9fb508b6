/** What a compiled file must be for a reader to use it without a full schema parse. */
export interface ExpectedFormat {
  /** What the file holds, for the message ("bundle", "search file"). */
  kind: string;
  format: number;
  /** Top-level fields that must be arrays. */
  arrays: readonly string[];
}

/**
 * Why parsed JSON from `path` is not a file of the expected format and shape, or null when it is. Readers check only
 * this: the compiler validated the files against their zod schemas and the server checked their hashes.
 */
export function formatProblem(data: unknown, path: string, expected: ExpectedFormat): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return `${path} does not hold a ${expected.kind}`;
  const record = data as Record<string, unknown>;
  if (record.format !== expected.format) return `${path} has format ${JSON.stringify(record.format)}; this reader reads format ${expected.format}`;
  if (expected.arrays.some((key) => !Array.isArray(record[key]))) return `${path} has no ${expected.arrays.join(' or ')}`;
  return null;
}
