import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { compactLunrJson, type SerialisedLunr } from '../../../renderer/search/index-compaction';
import { ALL_FIELDS, INDEX_FIELDS } from '../../../renderer/search/index-fields';
import { configureBuilder } from '../../../renderer/search/lunr-pipeline';
import { createPassageScorer } from '../../../renderer/search/passage-scorer';
import type { Concept } from '../../../renderer/search/query-plan';
import { stemWord } from '../../../renderer/search/text-analysis';

const passages = [
  {
    title: 'Prüm Decision',
    headings: '',
    body: 'automated exchange of DNA profiles and fingerprints between member states',
  },
  { title: '', headings: 'DNA data', body: 'national DNA analysis files may be searched by other member states' },
  { title: 'Passenger Name Record Directive', headings: '', body: 'passenger data collected by air carriers' },
  {
    title: '',
    headings: 'Retention of passenger data',
    body: 'PNR data are retained for five years and depersonalised after six months',
  },
  {
    title: 'Swedish Initiative',
    headings: '',
    body: 'simplified exchange of information and intelligence between law enforcement authorities',
  },
];

function buildLunr(): lunr.Index {
  return lunr(function build() {
    configureBuilder(this);
    this.ref('ref');
    for (const field of INDEX_FIELDS) this.field(field.name, { boost: field.boost });
    passages.forEach((p, i) => this.add({ ref: String(i), abbreviations: '', ...p }));
  });
}

const concept = (word: string, fields = ALL_FIELDS): Concept => ({
  terms: new Map([[stemWord(word), 1]]),
  fields,
  required: false,
  common: false,
});

describe('passage scorer on compact postings', () => {
  const plain = buildLunr();
  const compact = lunr.Index.load(compactLunrJson(plain.toJSON() as unknown as SerialisedLunr));
  const scorer = createPassageScorer(compact, passages.length);

  it('finds the passages lunr finds, in the same order', () => {
    for (const word of ['dna', 'passenger', 'exchange', 'data', 'states']) {
      const expected = plain.query((q) => q.term(stemWord(word), { usePipeline: false })).map((r) => Number(r.ref));
      const { passages: found, score } = scorer.score([concept(word)]);
      const ranked = [...found].sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0));
      expect(ranked, word).toEqual(expected);
    }
  });

  it('marks which concepts each passage matched, and only in the concept fields', () => {
    const { passages: found, covered } = scorer.score([concept('passenger'), concept('retention')]);
    expect([...found].sort()).toEqual([2, 3]);
    expect(covered[3]).toBe(0b11);
    expect(covered[2]).toBe(0b01);
    const titled = scorer.score([concept('dna', ['title']), concept('swedish', ['title'])]);
    expect([...titled.passages]).toEqual([4]);
  });

  it('forgets the previous query and lists passages holding excluded terms', () => {
    scorer.score([concept('dna')]);
    const { passages: found, score } = scorer.score([concept('swedish')]);
    expect([...found]).toEqual([4]);
    expect(score[0]).toBe(0);
    expect([...scorer.holding([stemWord('pnr'), stemWord('prum')])].sort()).toEqual([0, 3]);
    expect(scorer.score([concept('nowhere')]).passages.length).toBe(0);
  });
});
