import { describe, expect, it } from 'vitest';
import { activateTexts, texts as active } from '../../../renderer/texts/active-texts';
import { texts as de } from '../../../renderer/texts/de';
import { texts as en } from '../../../renderer/texts/en';
import { texts as fr } from '../../../renderer/texts/fr';
import { pathsSameAsEnglish, shapeDifferences, stringsByPath } from '../../texts/text-tree';

// The texts that are rightly the same as in English, each by key path: identifiers and formats (CELEX, ELI, UTC+2, a
// count in brackets), language names written in their own language, proper names (Schengen), and words spelled alike
// (French "Directive", "Sources", "Note"; German "Status"). Anything else equal to its English text is a forgotten
// translation; a path listed here that is no longer equal is a stale entry. Both fail the test below.
const IDENTIFIERS_AND_LANGUAGE_NAMES = [
  'settings.languages.en',
  'settings.languages.fr',
  'settings.languages.de',
  'metadata.celex',
  'metadata.eli',
  'metadata.ecli',
  'review.celex',
  'clock.offset',
  'search.facetValue',
];
const SAME_AS_ENGLISH: Record<'fr' | 'de', string[]> = {
  fr: [
    ...IDENTIFIERS_AND_LANGUAGE_NAMES,
    'country.labels.schengen',
    'country.timelineEvents.schengen',
    'home.documentsIn',
    'review.title',
    'country.sourcesHeading',
    'country.source',
    'clock.source',
    'clock.article',
    'metadata.type',
    'body.type',
    'section.pages',
    'kinds.page',
    'country.labels.transposition',
    'types.Directive',
    'types.Communication',
    'types.Convention',
    'types.Programme',
    'bookmarks.editNote',
    'bookmarks.note',
    'search.listLabel',
    'taskView.question',
    'briefing.contentsPage',
    'briefing.pageOf.0',
  ],
  de: [
    ...IDENTIFIERS_AND_LANGUAGE_NAMES,
    'country.labels.schengen',
    'country.timelineEvents.schengen',
    'country.codes',
    'timelineView.mark',
    'banner.label',
    'search.facets.status',
    'compareView.status',
    'timelineView.status',
    'colon',
    'briefing.status',
  ],
};

describe('the language modules', () => {
  it.each([
    ['fr', fr],
    ['de', de],
  ] as const)('%s has exactly the keys of en.ts, each of the same kind and arity', (_name, module) => {
    expect(shapeDifferences(en, module)).toEqual({ extra: [], missing: [] });
  });

  it.each([
    ['fr', fr],
    ['de', de],
  ] as const)('%s leaves no text empty and is not English left untranslated', (name, module) => {
    const strings = stringsByPath(module).map(([, text]) => text);
    expect(strings.filter((s) => s.trim() === '')).toEqual([]);
    const same = pathsSameAsEnglish(en, module);
    expect(
      same.filter((path) => !SAME_AS_ENGLISH[name].includes(path)),
      'left in English',
    ).toEqual([]);
    expect(
      SAME_AS_ENGLISH[name].filter((path) => !same.includes(path)),
      'listed but translated',
    ).toEqual([]);
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
