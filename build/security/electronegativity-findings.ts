import { z } from 'zod';

/** One explained finding: which scan, which check, which file (relative to the scanned folder, "N/A" for global checks) and why it is acceptable. */
const allowEntrySchema = z.strictObject({
  scan: z.string().min(1),
  check: z.string().regex(/^[A-Z0-9_]+$/),
  file: z.string().min(1),
  reason: z.string().min(40, 'must say why the finding is acceptable'),
});

/** The allow-list file. */
export const allowListSchema = z.array(allowEntrySchema);

/** An allow-list entry. */
export type AllowEntry = z.infer<typeof allowEntrySchema>;

/** A finding as the runner reports it, reduced to what the gate needs. */
export interface Finding {
  scan: string;
  check: string;
  file: string;
  line: number | null;
  severity: string;
  description: string;
}

/** The severities that fail the tests unless explained. */
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

/** Splits HIGH and MEDIUM findings into explained and unexplained, and lists entries that no longer match anything. */
export function judgeFindings(
  findings: readonly Finding[],
  allowList: readonly AllowEntry[],
): { unexplained: Finding[]; explained: Finding[]; stale: AllowEntry[] } {
  const matches = (entry: AllowEntry, finding: Finding) =>
    entry.scan === finding.scan && entry.check === finding.check && entry.file === finding.file;
  const serious = findings.filter((finding) => FAILING_SEVERITIES.has(finding.severity));
  return {
    unexplained: serious.filter((finding) => !allowList.some((entry) => matches(entry, finding))),
    explained: serious.filter((finding) => allowList.some((entry) => matches(entry, finding))),
    stale: allowList.filter((entry) => !serious.some((finding) => matches(entry, finding))),
  };
}
