import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** One fixture per boundary (and per house rule), the rule it must trip and words of the message that names it. */
const CASES = [
  {
    fixture: 'electron/imports-renderer.ts',
    rule: 'no-restricted-imports',
    says: 'The shell never imports the renderer',
  },
  { fixture: 'electron/preload.ts', rule: 'no-restricted-imports', says: 'The preload runs sandboxed' },
  {
    fixture: 'renderer/imports-shell.ts',
    rule: 'no-restricted-imports',
    says: 'The renderer imports nothing of the shell',
  },
  { fixture: 'content/model/imports-react.ts', rule: 'no-restricted-imports', says: 'content/model imports only zod' },
  { fixture: 'renderer/search/imports-react.ts', rule: 'no-restricted-imports', says: 'no React' },
  { fixture: 'renderer/search/uses-dom.ts', rule: 'no-restricted-globals', says: 'no DOM globals' },
  {
    fixture: 'rules/floating-promise.ts',
    rule: '@typescript-eslint/no-floating-promises',
    says: 'Promises must be awaited',
  },
  { fixture: 'rules/import-late.ts', rule: 'no-restricted-syntax', says: 'Imports come first' },
  { fixture: 'tests/hand-built-bundle.ts', rule: 'no-restricted-syntax', says: 'A hand-built bundle' },
  { fixture: 'tests/hand-built-document.ts', rule: 'no-restricted-syntax', says: 'A hand-built compiled document' },
] as const;

const path = (fixture: string) => join(ROOT, 'tests', 'lint-fixtures', fixture);

describe('lint boundaries and house rules', () => {
  const fixtures = new ESLint({ cwd: ROOT, ignore: false });
  const normal = new ESLint({ cwd: ROOT });

  for (const { fixture, rule, says } of CASES) {
    it(`${fixture} fails lint with ${rule}`, async () => {
      const [result] = await fixtures.lintFiles([path(fixture)]);
      const hits = (result?.messages ?? []).filter((message) => message.ruleId === rule);
      expect(hits.map((hit) => hit.message).join('\n')).toContain(says);
      // The first case builds the whole typed program for the type-aware rules: over 60 s on a loaded 2-core machine.
    }, 180_000);
  }

  it('keeps the fixtures out of the normal lint run', async () => {
    for (const { fixture } of CASES) expect(await normal.isPathIgnored(path(fixture))).toBe(true);
  });
});
