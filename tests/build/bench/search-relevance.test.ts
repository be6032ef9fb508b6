import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateRelevance, isExpected, readRelevanceSet } from '../../../build/bench/search-relevance';
import type { SearchDoc } from '../../../content/model/search-index-schema';

const doc = (over: Partial<SearchDoc>): SearchDoc => ({
  id: 'x',
  kind: 'instrument',
  title: 'X',
  shortName: 'X',
  abbreviations: [],
  identifiers: [],
  topics: [],
  ...over,
});
const prum = doc({ id: 'prum-decision-2008-615', celex: '32008D0615', identifiers: ['2008/615/JHA'] });
const sisTerm = doc({
  id: 'schengen-information-system',
  kind: 'term',
  title: 'Schengen Information System',
  abbreviations: ['SIS'],
});

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
function setFile(text: string): string {
  dir = mkdtempSync(join(tmpdir(), 'polcoop-relevance-'));
  const path = join(dir, 'set.yaml');
  writeFileSync(path, text);
  return path;
}

describe('relevance sets', () => {
  it('match a document by id, CELEX, number or glossary name', () => {
    expect(isExpected(prum, 'id:prum-decision-2008-615')).toBe(true);
    expect(isExpected(prum, 'id:prum')).toBe(false);
    expect(isExpected(prum, '32008D0615')).toBe(true);
    expect(isExpected(doc({ identifiers: ['2006/960/JHA'] }), '32006F0960')).toBe(true);
    expect(isExpected(sisTerm, 'term:sis')).toBe(true);
    expect(isExpected(sisTerm, 'id:schengen-information-system')).toBe(true);
  });

  it('score hit@1 and hit@5 from the rank of the first expected result', () => {
    const cases = [
      { q: 'first', expect: ['id:prum-decision-2008-615'] },
      { q: 'second', expect: ['term:SIS'] },
      { q: 'missing', expect: ['id:nowhere'] },
    ];
    const report = evaluateRelevance(cases, (q) => (q === 'second' ? [prum, sisTerm] : [prum]));
    expect(report.cases.map((c) => c.rank)).toEqual([1, 2, null]);
    expect(report.hitAt1).toBeCloseTo(1 / 3);
    expect(report.hitAt5).toBeCloseTo(2 / 3);
  });

  it('read both expectation forms and name the file and field of a bad one', () => {
    expect(
      readRelevanceSet(setFile('- q: prum\n  expect: [32008D0615, "id:prum-decision-2008-615", "term:Prüm"]\n')),
    ).toEqual([{ q: 'prum', expect: ['32008D0615', 'id:prum-decision-2008-615', 'term:Prüm'] }]);
    const bad = setFile('- q: prum\n  expect: ["doc:prum"]\n');
    expect(() => readRelevanceSet(bad)).toThrow(
      `${bad}: 0.expect.0: expected a CELEX number, "id:<document id>" or "term:<name>"`,
    );
  });
});
