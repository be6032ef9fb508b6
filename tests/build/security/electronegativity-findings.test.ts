import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowListSchema, judgeFindings, type Finding } from '../../../build/security/electronegativity-findings';

const finding = (check: string, severity: string, file = 'main.ts', scan = 'electron'): Finding => ({
  scan,
  check,
  file,
  line: 3,
  severity,
  description: 'd',
});
const entry = {
  scan: 'electron',
  check: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'main.ts',
  reason: 'only https links, only after the user confirms a dialog',
};

describe('electronegativity gate', () => {
  it('fails HIGH and MEDIUM findings that the allow-list does not explain', () => {
    const { unexplained, explained } = judgeFindings(
      [
        finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM'),
        finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH'),
        finding('X_CHECK', 'LOW'),
        finding('Y_CHECK', 'INFORMATIONAL'),
      ],
      [entry],
    );
    expect(unexplained.map((f) => f.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    expect(explained.map((f) => f.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
  });

  it('matches an entry only for its own scan and file', () => {
    expect(judgeFindings([finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'other.ts')], [entry]).unexplained).toHaveLength(
      1,
    );
    expect(
      judgeFindings([finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main.ts', 'renderer')], [entry]).unexplained,
    ).toHaveLength(1);
  });

  it('lists entries that no longer match a finding', () => {
    expect(judgeFindings([], [entry]).stale).toEqual([entry]);
  });

  it('requires a reason for every entry of the real allow-list', () => {
    expect(allowListSchema.safeParse([{ ...entry, reason: '' }]).success).toBe(false);
    const list = allowListSchema.parse(
      JSON.parse(readFileSync(join(process.cwd(), 'build/security/electronegativity-allow-list.json'), 'utf8')),
    );
    expect(list.length).toBeGreaterThan(0);
  });
});
