import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/compiler/compile';
import { fixtureCopy, problemsOf } from './content-fixture';

const FR = 'languages/fr.yaml';

describe('language files (content/languages/<language>.yaml)', () => {
  it('compiles into language-fr.json beside the bundle, and their names into the search index as aliases', () => {
    const { files } = compileContent(fixtureCopy());
    const fr = JSON.parse(files.get('language-fr.json') ?? '{}');
    expect(fr.instruments['info-exchange-directive-2023-977'].title).toMatch(
      /^Directive \(UE\) 2023\/977 du Parlement/,
    );
    expect(fr.terms['single-point-of-contact']).toMatchObject({
      term: 'point de contact unique',
      aliases: ['PCU'],
      checked: '2026-12-03',
    });
    const index = JSON.parse(files.get('search-index.json') ?? '{}');
    expect(index.docs.find((d: { id: string }) => d.id === 'single-point-of-contact').aliases).toEqual([
      'point de contact unique',
      'PCU',
    ]);
    expect(JSON.parse(files.get('manifest.json') ?? '{}').files.map((f: { path: string }) => f.path)).toContain(
      'language-fr.json',
    );
  });

  it('refuses an id the English content does not have, on its line', () => {
    const problems = problemsOf(
      fixtureCopy({ [FR]: (t) => t.replace('  single-point-of-contact:', '  single-point-of-contacts:') }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /languages\/fr\.yaml:9: terms\.single-point-of-contacts: names no glossary term of the English content$/,
      ),
    ]);
  });

  it('refuses an instrument id given as a body', () => {
    const problems = problemsOf(
      fixtureCopy({ [FR]: (t) => t.replace('instruments:', 'bodies:').replace('    number: "(UE) 2023/977"\n', '') }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /fr\.yaml:3: bodies\.info-exchange-directive-2023-977: names no body of the English content$/,
      ),
    ]);
  });

  it('requires a source and a checked date on every entry', () => {
    const noDate = problemsOf(fixtureCopy({ [FR]: (t) => t.replace(/ {4}checked: 2026-12-03\n(?=terms:)/, '') }));
    expect(noDate).toContainEqual(
      expect.stringMatching(/fr\.yaml:3: instruments\.info-exchange-directive-2023-977\.checked: is required$/),
    );
    const noSource = problemsOf(
      fixtureCopy({ [FR]: (t) => t.replace('    source: { celex: "32023L0977", article: "Art. 14" }\n', '') }),
    );
    expect(noSource).toContainEqual(
      expect.stringMatching(/fr\.yaml:9: terms\.single-point-of-contact\.source: is required$/),
    );
    const emptySource = problemsOf(
      fixtureCopy({ [FR]: (t) => t.replace('source: { celex: "32023L0977" }', 'source: { article: "Art. 1" }') }),
    );
    expect(emptySource).toContainEqual(
      expect.stringMatching(
        /fr\.yaml:6: instruments\.info-exchange-directive-2023-977\.source: needs a celex, eli or url$/,
      ),
    );
  });

  it('refuses a file whose language is not its name, and a file for a language the reader does not speak', () => {
    expect(problemsOf(fixtureCopy({ [FR]: (t) => t.replace('language: fr', 'language: de') }))).toEqual([
      expect.stringMatching(/fr\.yaml:1: language: "de" must equal the file name "fr"$/),
    ]);
    expect(problemsOf(fixtureCopy({ 'languages/es.yaml': () => 'language: es\n' }))).toEqual([
      expect.stringMatching(/languages\/es\.yaml:1: file: is not a language file/),
    ]);
  });

  it('accepts the CELEX number of a consolidated version as a source', () => {
    expect(
      problemsOf(
        fixtureCopy({
          [FR]: (t) => t.replace('celex: "32023L0977", article', 'celex: "02003X0217(01)-20110715", article'),
        }),
      ),
    ).toEqual([]);
  });
});
