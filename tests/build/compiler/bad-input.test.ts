import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy, problemsOf } from './content-fixture';

const INSTRUMENT = 'instruments/info-exchange-directive-2023-977.md';
const OLD = 'instruments/swedish-framework-decision-2006-960.md';

describe('bad content is reported as path:line: field: message', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(fixtureCopy())).toEqual([]);
  });

  it('reports malformed YAML with its line', () => {
    const problems = problemsOf(fixtureCopy({ [INSTRUMENT]: (t) => t.replace('type: Directive', 'type: [Directive') }));
    expect(problems.some((p) => /info-exchange-directive-2023-977\.md:\d+: yaml: /.test(p))).toBe(true);
  });

  it('reports a missing required field at the front matter', () => {
    const problems = problemsOf(fixtureCopy({ [INSTRUMENT]: (t) => t.replace(/^adopted: .*\n/m, '') }));
    expect(problems).toContainEqual(
      expect.stringMatching(/info-exchange-directive-2023-977\.md:2: adopted: is required$/),
    );
  });

  it('reports an unknown field on its own line', () => {
    const problems = problemsOf(
      fixtureCopy({ [INSTRUMENT]: (t) => t.replace('type: Directive\n', 'type: Directive\nsubtitle: nope\n') }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/info-exchange-directive-2023-977\.md:6: subtitle: is not a known field$/),
    );
  });

  it('reports a date that does not exist, on its line', () => {
    const problems = problemsOf(
      fixtureCopy({ [INSTRUMENT]: (t) => t.replace('adopted: 2023-05-10', 'adopted: 2023-02-30') }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/info-exchange-directive-2023-977\.md:10: adopted: must be an ISO date/),
    );
  });

  it('reports a malformed CELEX number', () => {
    const problems = problemsOf(
      fixtureCopy({ [INSTRUMENT]: (t) => t.replace('celex: 32023L0977', 'celex: 2023/977') }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/info-exchange-directive-2023-977\.md:7: celex: is not a CELEX number/),
    );
  });

  it('reports an id used twice, naming the first use', () => {
    const problems = problemsOf(
      fixtureCopy({
        'pages/duplicate.md': () =>
          '---\nid: overview\ntitle: Again\nsummary: Twice.\nchecked: 2026-11-01\nsources: [{ title: EUR-Lex, celex: 32023L0977 }]\n---\nBody.\n',
      }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/pages\/overview\.md:2: id: id "overview" is already used by .*duplicate\.md:2$/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/duplicate\.md:2: id: "overview" must equal the file name "duplicate"/),
    );
  });

  it('reports a link to an unknown document with the body line', () => {
    const problems = problemsOf(fixtureCopy({ 'pages/overview.md': (t) => `${t}\nAlso [[no-such-act]].\n` }));
    expect(problems).toContainEqual(
      expect.stringMatching(/pages\/overview\.md:16: body: link to unknown document "no-such-act"$/),
    );
  });

  it('reports repealed_by naming an unknown id', () => {
    const problems = problemsOf(
      fixtureCopy({
        [OLD]: (t) => t.replace('repealed_by: [info-exchange-directive-2023-977]', 'repealed_by: [ghost-act]'),
      }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /swedish-framework-decision-2006-960\.md:\d+: repealed_by: "ghost-act" is not a known document id$/,
      ),
    );
  });

  it('reports a topic that topics.yaml does not list, on its line of the front matter', () => {
    const problems = problemsOf(
      fixtureCopy({
        [INSTRUMENT]: (t) =>
          t.replace('topics: [information-exchange]', 'topics:\n  - information-exchange\n  - large-scale-it-system'),
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /info-exchange-directive-2023-977\.md:18: topics: "large-scale-it-system" is not a topic listed in topics\.yaml$/,
      ),
    ]);
  });

  it('reports a topic listed twice or without a title, and a missing topics.yaml', () => {
    const twice = problemsOf(fixtureCopy({ 'topics.yaml': (t) => `${t}- id: time-limits\n  title: Deadlines\n` }));
    expect(twice).toEqual([
      expect.stringMatching(/topics\.yaml:5: id: topic "time-limits" is already used by .*topics\.yaml:3$/),
    ]);
    const untitled = problemsOf(fixtureCopy({ 'topics.yaml': (t) => `${t}- id: spoc\n` }));
    expect(untitled).toEqual([expect.stringMatching(/topics\.yaml:5: 2\.title: is required$/)]);
    const dir = fixtureCopy();
    rmSync(join(dir, 'topics.yaml'));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/topics\.yaml:1: file: is missing$/)]);
  });

  it('reports a glossary term defined twice', () => {
    const problems = problemsOf(
      fixtureCopy({
        'glossary.yaml': (t) => `${t}- id: spoc-again\n  term: single point of contact\n  definition: Again.\n`,
      }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /glossary\.yaml:12: term: "single point of contact" is defined twice \(first at .*glossary\.yaml:2\)$/,
      ),
    );
  });

  it('refuses raw HTML with a script or event handler, reporting its line', () => {
    const problems = problemsOf(
      fixtureCopy({
        'pages/overview.md': (t) => `${t}\n<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n`,
      }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/overview\.md:16: body: script or event handler in raw HTML is not allowed/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/overview\.md:18: body: script or event handler in raw HTML is not allowed/),
    );
  });

  it('reports every problem of a run at once', () => {
    const problems = problemsOf(
      fixtureCopy({
        [INSTRUMENT]: (t) =>
          t.replace('celex: 32023L0977', 'celex: nope').replace('adopted: 2023-05-10', 'adopted: soon'),
        [OLD]: (t) => t.replace('type: Framework Decision', 'type: Law'),
      }),
    );
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});
