import { describe, expect, it } from 'vitest';
import { activateTexts, texts as active } from '../../../renderer/texts/active-texts';
import { texts as de } from '../../../renderer/texts/de';
import { texts as en } from '../../../renderer/texts/en';
import { texts as fr } from '../../../renderer/texts/fr';

type Tree = Record<string, unknown>;

/** Every key path of a text tree, with what is at its end: `string`, or `function/<arity>`. */
function shapeOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') return [`${path}: function/${value.length}`];
    if (typeof value === 'object' && value !== null) return shapeOf(value as Tree, `${path}.`);
    return [`${path}: ${typeof value}`];
  });
}

/** Every string a text tree can produce, calling each function with sample arguments. */
function stringsOf(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => {
    if (typeof value === 'function')
      return [
        String(
          (value as (...args: unknown[]) => unknown)(
            ...Array.from({ length: value.length }, (_, i) => (i === 0 ? 2 : 'x')),
          ),
        ),
      ];
    if (typeof value === 'object' && value !== null) return stringsOf(value as Tree);
    return [String(value)];
  });
}

describe('the language modules', () => {
  it.each([
    ['fr', fr],
    ['de', de],
  ] as const)('%s has exactly the keys of en.ts, each of the same kind and arity', (_name, module) => {
    const english = shapeOf(en);
    const translated = shapeOf(module);
    expect(
      translated.filter((key) => !english.includes(key)),
      'extra keys',
    ).toEqual([]);
    expect(
      english.filter((key) => !translated.includes(key)),
      'missing keys',
    ).toEqual([]);
  });

  it.each([
    ['fr', fr],
    ['de', de],
  ] as const)('%s leaves no text empty and is not English left untranslated', (_name, module) => {
    const strings = stringsOf(module);
    expect(strings.filter((s) => s.trim() === '')).toEqual([]);
    const english = new Set(stringsOf(en));
    // Names that are the same in every language (CELEX, ELI, Type, Status, Guides, language names...) are a few; a forgotten branch is many.
    const same = strings.filter((s) => english.has(s) && /[a-z]{4,}/.test(s));
    expect(same.length, same.join(' | ')).toBeLessThan(12);
  });

  it('counts with Intl.PluralRules and writes numbers as each locale does', () => {
    expect([en.search.countFiltered(1), en.search.countFiltered(1200)]).toEqual([
      '1 result for these filters',
      '1,200 results for these filters',
    ]);
    expect([fr.search.countFiltered(0), fr.search.countFiltered(1), fr.search.countFiltered(2)]).toEqual([
      '0 résultat pour ces filtres',
      '1 résultat pour ces filtres',
      '2 résultats pour ces filtres',
    ]);
    expect(fr.glossary.count(1200)).toBe('1\u202f200 termes');
    expect([de.glossary.count(1), de.glossary.count(1200)]).toEqual(['1 Begriff', '1.200 Begriffe']);
    expect(de.search.count(1, 'PNR')).toBe('1 Treffer für „PNR“');
  });

  it('activating a language rewrites the active texts in place, so a branch kept at module level follows it', async () => {
    const kept = active.search;
    await activateTexts('fr');
    expect(kept.searching).toBe('Recherche en cours…');
    expect(active.settings.language).toBe('Langue');
    await activateTexts('de');
    expect(kept.count(2, 'SIS')).toBe('2 Treffer für „SIS“');
    await activateTexts('en');
    expect(kept.searching).toBe('Searching…');
    expect(active.locale).toBe('en-GB');
  });
});
