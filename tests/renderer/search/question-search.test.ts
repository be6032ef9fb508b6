import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerFacts } from '../../../content/model/answer-facts-schema';
import type { SearchConcept } from '../../../content/model/concept-schemas';
import type { PassageWithText, SearchDoc } from '../../../content/model/search-index-schema';
import { buildSearchIndex } from '../../../renderer/search/build-index';
import { parseQuery } from '../../../renderer/search/query-parser';
import { loadSearchEngine } from '../../../renderer/search/search-engine';

const doc = (id: string, kind: SearchDoc['kind'], title: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  kind,
  title,
  shortName: title,
  abbreviations: [],
  identifiers: [],
  topics: [],
  ...extra,
});
const inForce = { status: 'in-force', standing: { key: 'in-force' } } as const;
const docs: SearchDoc[] = [
  doc('info-dir', 'instrument', 'Directive (EU) 2023/977 on the exchange of information between law enforcement', {
    shortName: 'Information Exchange Directive',
    identifiers: ['32023L0977', '2023/977'],
    ...inForce,
  }),
  doc('swedish-fd', 'instrument', 'Framework Decision 2006/960/JHA on simplifying the exchange of information', {
    shortName: 'Swedish Framework Decision',
    abbreviations: ['Swedish Initiative'],
    identifiers: ['2006/960/JHA'],
    status: 'repealed',
    standing: { key: 'repealed' },
  }),
  doc('pnr', 'instrument', 'PNR Directive', { identifiers: ['2016/681'], ...inForce }),
  doc('vis', 'instrument', 'Regulation (EC) No 767/2008 on the Visa Information System', {
    shortName: 'VIS Regulation',
    identifiers: ['767/2008'],
    ...inForce,
  }),
  doc('prum', 'instrument', 'Prüm Decision', { abbreviations: ['Prüm'], ...inForce }),
  doc('europol-reg', 'instrument', 'Europol Regulation', inForce),
  doc('countries', 'page', 'Member states at a glance'),
  doc('chat', 'page', 'Questions officers ask'),
];
const passages: PassageWithText[] = [
  { doc: 'info-dir', text: 'Single Points of Contact answer requests for information within fixed periods.' },
  { doc: 'swedish-fd', text: 'The older rules on simplifying the exchange of information, an initiative of Sweden.' },
  { doc: 'pnr', text: 'Passenger Information Units keep passenger data.' },
  { doc: 'vis', text: 'Visa data of travellers.' },
  { doc: 'prum', text: 'Automated searching of DNA profiles and dactyloscopic data between Member States.' },
  {
    doc: 'europol-reg',
    text: 'Europol may ask the competent authorities of a Member State to initiate a criminal investigation.',
  },
  {
    doc: 'countries',
    text: 'Which countries take part in the automated exchange: all Member States and four associated countries take part.',
  },
  { doc: 'chat', text: 'Can officers still ask? They can, and they still do: officers ask a lot.' },
].map((p) => ({ ...p, anchor: '', headingPath: [] }));
const concepts: SearchConcept[] = [
  { id: 'time-limit', names: ['deadline', 'time limit', 'how long'], documents: [], asks: 'time-limit' },
  { id: 'status', names: ['still apply', 'in force'], documents: [], asks: 'status' },
  { id: 'replaced-by', names: ['replaced', 'successor'], documents: [], asks: 'replaced-by' },
  { id: 'fingerprints', names: ['fingerprints', 'dactyloscopic data'], documents: [] },
  { id: 'open-investigation', names: ['open an investigation'], documents: ['europol-reg'] },
];
const source = { title: 'Directive (EU) 2023/977', celex: '32023L0977' };
const answers: AnswerFacts = {
  timeLimits: [
    {
      id: 'urgent',
      instrument: 'info-dir',
      what: 'Reply to an urgent request for information directly accessible to the Single Point of Contact',
      duration: { value: 8, unit: 'hours' },
      starts: 'receipt of the request',
      article: 'Art. 5(1)(a)',
      source: { ...source, article: 'Art. 5(1)(a)' },
      checked: '2026-12-03',
    },
    {
      id: 'other',
      instrument: 'info-dir',
      what: 'Reply to any request for information that is not urgent',
      duration: { value: 7, unit: 'calendar-days' },
      starts: 'receipt of the request',
      article: 'Art. 5(1)(c)',
      source: { ...source, article: 'Art. 5(1)(c)' },
      checked: '2026-12-03',
    },
  ],
  documents: [
    { id: 'info-dir', standing: { key: 'in-force' }, successors: [], source, checked: '2026-12-03' },
    {
      id: 'swedish-fd',
      standing: { key: 'repealed' },
      successors: [{ id: 'info-dir', relation: 'repealed-by', date: '2024-12-12' }],
      source: { title: 'Framework Decision 2006/960/JHA', celex: '32006F0960' },
      checked: '2026-12-03',
    },
    { id: 'pnr', standing: { key: 'in-force' }, successors: [], source, checked: '2026-12-03' },
  ],
};
const { index, passages: texts } = buildSearchIndex(docs, passages, [], { concepts, answers });
const engine = loadSearchEngine(index, texts);
const ids = (q: string) => engine.search(q).results.map((r) => r.id);

describe('questions: filler and subjects', () => {
  it('reads question words and filler as no content, in questions only', () => {
    expect(parseQuery('can officers still ask').question).toBe(true);
    expect(parseQuery('officers still ask?').question).toBe(true);
    expect(parseQuery('officers still ask').question).toBe(false);
    // "can ... still" are everywhere in the chat page; the question is about Europol asking for an investigation.
    expect(ids('can europol still ask a member state to initiate an investigation')[0]).toBe('europol-reg');
  });

  it('puts the document a stretch of the question names before pages holding more of its words', () => {
    expect(ids('which countries take part in prum')[0]).toBe('prum');
    expect(ids('which countries take part in the automated exchange')[0]).toBe('countries');
  });
});

describe('typos, word by word', () => {
  it('corrects a misspelt word next to exactly matched ones, and says so', () => {
    const response = engine.search('swedish initative');
    expect(response.results[0]?.id).toBe('swedish-fd');
    expect(response.correction).toEqual({
      query: 'swedish initiative',
      words: [{ from: 'initative', to: 'initiative' }],
    });
  });

  it('searches the words as typed when asked to, and corrects nothing spelt right', () => {
    expect(engine.search('swedish initative', { verbatim: true }).correction).toBeUndefined();
    expect(engine.search('swedish initiative').correction).toBeUndefined();
  });

  it('completes a word cut short into its correction', () => {
    expect(engine.search('dactylosc data').correction?.words).toEqual([{ from: 'dactylosc', to: 'dactyloscopic' }]);
  });
});

describe('concepts', () => {
  it('searches a concept by any of its names', () => {
    // No passage says "fingerprints": the Prüm Decision is found by the concept's other name, "dactyloscopic data".
    expect(texts.texts.some((t) => t.includes('fingerprint'))).toBe(false);
    expect(ids('fingerprints')[0]).toBe('prum');
  });

  it("puts a concept's documents first when a query names it", () => {
    expect(ids('who can open an investigation')[0]).toBe('europol-reg');
  });
});

describe('instrument numbers in any common form', () => {
  it.each(['2023/977', '977/2023', 'dir 2023 977', 'directive 977 2023', '32023L0977', '(EU) 2023/977'])(
    '%s',
    (query) => expect(ids(query)[0]).toBe('info-dir'),
  );

  it('reads a number written year first for an act numbered number first', () => {
    expect(ids('2008/767')[0]).toBe('vis');
    expect(ids('regulation 767 2008')[0]).toBe('vis');
  });
});

describe('direct answers, from structured content only', () => {
  it('answers a time-limit question with the limit whose words it uses, negation included', () => {
    const answer = engine.search(
      'what is the deadline for a non urgent request under the information exchange directive',
    ).answer;
    expect(answer).toMatchObject({ kind: 'time-limit', subject: { id: 'info-dir' } });
    expect(answer?.kind === 'time-limit' && answer.limits.map((l) => l.id)).toEqual(['other']);
    const urgent = engine.search('information exchange directive deadline for an urgent request').answer;
    expect(urgent?.kind === 'time-limit' && urgent.limits.map((l) => l.id)).toEqual(['urgent']);
  });

  it("lists the act's limits when the question names only the act", () => {
    const answer = engine.search('information exchange directive time limits').answer;
    expect(answer?.kind === 'time-limit' && answer.limits.map((l) => l.id)).toEqual(['urgent', 'other']);
  });

  it('refuses when the act holds no structured limit, or none matching what is asked', () => {
    expect(engine.search('how long can pnr data be kept').answer).toBeUndefined();
    expect(engine.search('information exchange directive deadline for hot pursuit').answer).toBeUndefined();
  });

  it('answers a status question with the standing and the successor, with its source', () => {
    expect(engine.search('does the swedish initiative still apply').answer).toEqual({
      kind: 'status',
      subject: {
        id: 'swedish-fd',
        kind: 'instrument',
        title: docs[1]?.title,
        shortName: 'Swedish Framework Decision',
      },
      standing: { key: 'repealed' },
      successors: [
        {
          id: 'info-dir',
          relation: 'repealed-by',
          date: '2024-12-12',
          title: docs[0]?.title,
          shortName: 'Information Exchange Directive',
          kind: 'instrument',
        },
      ],
      source: { title: 'Framework Decision 2006/960/JHA', celex: '32006F0960' },
      checked: '2026-12-03',
    });
  });

  it('answers "what replaced" only where the content records a successor', () => {
    expect(engine.search('what replaced the swedish initiative').answer).toMatchObject({
      kind: 'replaced-by',
      successors: [{ id: 'info-dir' }],
    });
    expect(engine.search('what replaced the pnr directive').answer).toBeUndefined();
  });

  it('gives no answer where the query asks no question of a kind it answers', () => {
    expect(engine.search('swedish initiative').answer).toBeUndefined();
    expect(engine.search('deadline', { typing: true }).answer).toBeUndefined();
  });

  it('never throws on hostile input, answers and corrections included', () => {
    const words = fc.constantFrom('deadline', 'still apply', 'replaced', 'non', 'not', 'initative', '2023', '977', ' ');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(words, { maxLength: 30 }).map((w) => w.join(' ')),
        ),
        fc.boolean(),
        (query, verbatim) => {
          const response = engine.search(query, { verbatim });
          expect(response.results.length).toBeLessThanOrEqual(20);
        },
      ),
      { numRuns: 300 },
    );
  });
});
