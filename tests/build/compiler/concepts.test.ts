import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/compiler/compile';
import { fixtureCopy, problemsOf } from './content-fixture';

const CONCEPTS = 'concepts.yaml';
const VALID = `- id: time-limit
  names: [deadline, time limit]
  asks: time-limit
- id: information-request
  names: [ask for information, information request]
  documents: [info-exchange-directive-2023-977]
  states: "Requests for information between Member States go through the Single Point of Contact."
  sources:
    - title: "Directive (EU) 2023/977"
      celex: 32023L0977
  checked: 2026-12-03
`;

describe('concepts (content/concepts.yaml)', () => {
  it('compiles into the search index: folded names, documents and the question asked', () => {
    const { files } = compileContent(fixtureCopy({ [CONCEPTS]: () => VALID }));
    const index = JSON.parse(files.get('search-index.json') ?? '{}');
    expect(index.concepts).toEqual([
      { id: 'time-limit', names: ['deadline', 'time limit'], documents: [], asks: 'time-limit' },
      {
        id: 'information-request',
        names: ['ask for information', 'information request'],
        documents: ['info-exchange-directive-2023-977'],
      },
    ]);
  });

  it('is optional: content without it compiles with no concepts', () => {
    const { files } = compileContent(fixtureCopy());
    expect(JSON.parse(files.get('search-index.json') ?? '{}').concepts).toEqual([]);
  });

  it('refuses an unknown document on its line', () => {
    const problems = problemsOf(
      fixtureCopy({ [CONCEPTS]: () => VALID.replace('[info-exchange-directive-2023-977]', '[no-such-act]') }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/concepts\.yaml:6: documents\.0: "no-such-act" is not a known document id$/),
    ]);
  });

  it('requires a stated fact, its sources and date where a concept names documents', () => {
    const withoutFact = VALID.replace(/ {2}states: .*\n/, '');
    expect(problemsOf(fixtureCopy({ [CONCEPTS]: () => withoutFact }))).toEqual([
      expect.stringMatching(/concepts\.yaml:4: 1\.states: is required when the concept names documents$/),
    ]);
    const withoutSources = VALID.replace(/ {2}sources:\n(?: {4}.*\n| {6}.*\n)+/, '');
    expect(problemsOf(fixtureCopy({ [CONCEPTS]: () => withoutSources }))).toEqual([
      expect.stringMatching(/concepts\.yaml:4: 1\.sources: are required when the concept states a fact$/),
    ]);
  });

  it('refuses a name given to two concepts, a duplicate id and an unknown question, each on its line', () => {
    const clash = `${VALID}- id: time-limit
  names: [Deadline, reply time]
  asks: how-long
`;
    const problems = problemsOf(fixtureCopy({ [CONCEPTS]: () => clash }));
    expect(problems).toEqual([expect.stringMatching(/concepts\.yaml:14: 2\.asks: Invalid option/)]);
    const twice = `${VALID}- id: time-limit
  names: [reply time, response time]
`;
    expect(problemsOf(fixtureCopy({ [CONCEPTS]: () => twice }))).toEqual([
      expect.stringMatching(/concepts\.yaml:12: id: concept "time-limit" is already defined at .*concepts\.yaml:1$/),
    ]);
    const shared = `${VALID}- id: reply
  names: [reply time, Deadline]
`;
    expect(problemsOf(fixtureCopy({ [CONCEPTS]: () => shared }))).toEqual([
      expect.stringMatching(/concepts\.yaml:13: names\.1: "Deadline" already names concept "time-limit"$/),
    ]);
  });

  it('refuses a YAML syntax error with its line', () => {
    expect(problemsOf(fixtureCopy({ [CONCEPTS]: () => '- id: x\n  names: [a, b\n' }))).toEqual([
      expect.stringMatching(/concepts\.yaml:\d+: yaml: /),
    ]);
  });
});
