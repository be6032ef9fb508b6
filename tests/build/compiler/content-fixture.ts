import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compileContent } from '../../../build/compiler/compile';
import { ContentProblems, formatProblem } from '../../../build/compiler/problems';

/** The valid content fixture every compiler test starts from. */
export const VALID_CONTENT = join(import.meta.dirname, '..', '..', 'fixtures', 'content', 'valid');

/** Copies the valid fixture to a temp folder and lets a test edit files in it. */
export function fixtureCopy(edits: Record<string, (text: string) => string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'polcoop-content-'));
  cpSync(VALID_CONTENT, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  }
  return dir;
}

/** Compiles a content folder and returns its formatted problems (empty when it compiled). */
export function problemsOf(dir: string): string[] {
  try {
    compileContent(dir);
    return [];
  } catch (error) {
    if (error instanceof ContentProblems) return error.problems.map(formatProblem);
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
