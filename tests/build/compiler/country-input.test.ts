import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/compiler/compile';
import { bundleSchema } from '../../../content/model/bundle-schema';
import { fixtureCopy, problemsOf } from './content-fixture';

const DK = 'countries/denmark.md';
const DE = 'countries/germany.md';

describe('country profiles', () => {
  it('compile into country documents whose facts cite their sources by position', () => {
    const { files, stats } = compileContent(fixtureCopy());
    expect(stats.countries).toBe(2);
    const bundle = bundleSchema.parse(JSON.parse(files.get('bundle.json') ?? ''));
    const denmark = bundle.documents.find((d) => d.id === 'denmark');
    if (denmark?.kind !== 'country') throw new Error('no Denmark profile');
    expect(denmark.title).toBe('Denmark');
    expect(denmark.nativeNames).toEqual(['Danmark']);
    expect(denmark.facts.prum.dna).toEqual({
      value: 'live',
      checked: '2026-12-03',
      sources: [0],
      since: '2010-12-18',
      decision: '32010D0689',
    });
    expect(denmark.facts.bodies.spoc).toEqual({
      value: 'not-published',
      checked: '2026-12-03',
      sources: [],
      note: 'Not in the fixture.',
    });
    const border = denmark.facts.borders[0];
    expect(border?.neighbour).toBe('germany');
    expect(border?.hotPursuit.allowed.sources.map((i) => denmark.sources[i]?.title)).toEqual([
      'Convention implementing the Schengen Agreement of 14 June 1985',
      'Fixture police treaty between Denmark and Germany',
    ]);
    expect(Object.keys(denmark.facts)).toEqual([
      'membership',
      'prum',
      'pnr',
      'informationExchange',
      'bodies',
      'borders',
    ]);
    expect(denmark.facts.informationExchange.spocLanguages.value).toEqual(['da', 'en']);
  });

  it('reports a missing fact at its group, naming the field', () => {
    const problems = problemsOf(fixtureCopy({ [DK]: (t) => t.replace(/^ {4}sirene: .*\n/m, '') }));
    expect(problems).toContainEqual(expect.stringMatching(/denmark\.md:39: facts\.bodies\.sirene: is required$/));
  });

  it('reports a value outside the allowed set on its line', () => {
    const problems = problemsOf(
      fixtureCopy({ [DK]: (t) => t.replace('schengen: { value: full', 'schengen: { value: maybe') }),
    );
    expect(problems).toContainEqual(expect.stringMatching(/denmark\.md:25: facts\.membership\.schengen\.value: /));
  });

  it('requires a source unless the value is not-published, and a note when it is', () => {
    const problems = problemsOf(
      fixtureCopy({
        [DK]: (t) =>
          t
            .replace('sis: { value: connected, source: eu-countries,', 'sis: { value: connected,')
            .replace(
              'spoc: { value: not-published, checked: 2026-12-03, note: "Not in the fixture." }',
              'spoc: { value: not-published, checked: 2026-12-03 }',
            ),
      }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /denmark\.md:26: facts\.membership\.sis\.source: is required unless the value is not-published$/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/denmark\.md:40: facts\.bodies\.spoc\.note: must say where the value was looked for/),
    );
  });

  it('reports a cited source the file does not list, and a listed source no fact cites', () => {
    const problems = problemsOf(
      fixtureCopy({
        [DK]: (t) =>
          t
            .replace('apprehend: { value: no, source: treaty', 'apprehend: { value: no, source: tretay')
            .replace(
              'offences: { value: "extraditable offences", source: treaty',
              'offences: { value: "extraditable offences", source: tretay',
            )
            .replace(
              'limits: { value: "up to 50 km from the border", source: treaty',
              'limits: { value: "up to 50 km from the border", source: cisa',
            )
            .replace('source: [cisa, treaty]', 'source: cisa'),
      }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /denmark\.md:49: facts\.borders\.0\.hot_pursuit\.apprehend\.source: "tretay" is not in this file's sources$/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/denmark\.md:18: sources\.2\.id: "treaty" is cited by no fact$/),
    );
  });

  it('reports a border entry its neighbour does not mirror, and an unknown neighbour', () => {
    const problems = problemsOf(fixtureCopy({ [DE]: (t) => t.replace('neighbour: denmark', 'neighbour: poland') }));
    expect(problems).toContainEqual(
      expect.stringMatching(/germany\.md:45: facts\.borders\.0\.neighbour: "poland" is not a known country id$/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /denmark\.md:45: facts\.borders\.0\.neighbour: .*germany\.md has no border entry for "denmark"/,
      ),
    );
  });

  it('refuses a telephone number or e-mail address anywhere in the front matter', () => {
    const problems = problemsOf(
      fixtureCopy({
        [DK]: (t) =>
          t.replace('note: "Not in the fixture." }\n    sirene', 'note: "Call +45 33 14 88 88." }\n    sirene'),
      }),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /denmark\.md:40: facts\.bodies\.spoc\.note: looks like a telephone number or e-mail address/,
      ),
    );
  });
});
