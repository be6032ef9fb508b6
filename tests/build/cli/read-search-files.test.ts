import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passagesPathOf, readSearchFiles } from '../../../build/cli/read-search-files';
import { buildContent } from '../../../build/compiler/compile';

let out: string;

beforeAll(() => {
  out = join(mkdtempSync(join(tmpdir(), 'read-search-files-')), 'bundle');
  buildContent('tests/fixtures/content/valid', out);
});
afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

describe('readSearchFiles', () => {
  it('finds the passage texts beside the index', () => {
    expect(passagesPathOf(join('dist', 'bundle', 'search-index.json'))).toBe(
      join('dist', 'bundle', 'search-passages.json'),
    );
  });

  it('reads the index and the texts a build wrote, one text per passage', () => {
    const { index, passages } = readSearchFiles(join(out, 'search-index.json'));
    expect(index.docs.map((d) => d.id)).toContain('info-exchange-directive-2023-977');
    expect(passages.texts).toHaveLength(index.passages.length);
    expect(passages.format).toBe(index.format);
  });

  it('names the missing file when the texts are not there', () => {
    rmSync(join(out, 'search-passages.json'));
    expect(() => readSearchFiles(join(out, 'search-index.json'))).toThrow(/search-passages\.json/);
  });
});
