import { describe, expect, it } from 'vitest';
import type { PolicyReport } from '../../../common/contract/policy-report-schema';
import { systemLanguage } from '../../../content/model/languages';
import { languagePolicyOf, parseLanguageChoice, resolveLanguage } from '../../../renderer/language/language-choice';
import { ojReference } from '../../../renderer/language/oj-reference';

describe('the interface language', () => {
  it('follows the first system language the interface speaks, by its primary subtag, else English', () => {
    expect(systemLanguage(['de-AT', 'en-GB'])).toBe('de');
    expect(systemLanguage(['fr-BE'])).toBe('fr');
    expect(systemLanguage(['nl-NL', 'FR-lu'])).toBe('fr');
    expect(systemLanguage(['pl-PL', 'it'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });

  it('lets a choice made in Settings win over the system, and refuses a remembered value it does not know', () => {
    expect(resolveLanguage('en', ['de-DE'])).toBe('en');
    expect(resolveLanguage('system', ['de-DE'])).toBe('de');
    expect(parseLanguageChoice('fr')).toBe('fr');
    expect(parseLanguageChoice('system')).toBe('system');
    expect(parseLanguageChoice('es')).toBeUndefined();
    expect(parseLanguageChoice(3)).toBeUndefined();
  });

  it('writes an Official Journal reference as the French and German editions do', () => {
    expect(ojReference('OJ L 119, 4.5.2016, p. 132', 'fr')).toBe('JO L 119 du 4.5.2016, p. 132');
    expect(ojReference('OJ L 119, 4.5.2016, p. 132', 'de')).toBe('ABl. L 119 vom 4.5.2016, S. 132');
    expect(ojReference('OJ L, 2024/982, 5.4.2024', 'de')).toBe('ABl. L, 2024/982, 5.4.2024');
    expect(ojReference('OJ L 119, 4.5.2016, p. 132', 'en')).toBe('OJ L 119, 4.5.2016, p. 132');
    expect(ojReference('not a reference', 'fr')).toBe('not a reference');
  });
});

describe('the interface language under the administrators’ policy', () => {
  const report = (values: PolicyReport['values'], languageLocked: boolean): PolicyReport => ({
    values,
    languageLocked,
    applied: [],
    refused: [],
  });

  it('takes the policy’s language as the default, below a language chosen in Settings', () => {
    const policy = languagePolicyOf(report({ Language: 'fr' }, false));
    expect(resolveLanguage('system', ['de-DE'], policy)).toBe('fr');
    expect(resolveLanguage('de', ['en-GB'], policy)).toBe('de');
  });

  it('holds a locked language whatever was chosen, and the system’s language when the lock names none', () => {
    expect(
      resolveLanguage('de', ['en-GB'], languagePolicyOf(report({ Language: 'fr', LockLanguage: true }, true))),
    ).toBe('fr');
    expect(resolveLanguage('fr', ['de-AT'], languagePolicyOf(report({ LockLanguage: true }, true)))).toBe('de');
  });

  it('reads no policy where the shell gave no report (web edition)', () => {
    expect(languagePolicyOf(undefined)).toEqual({ language: undefined, locked: false });
    expect(resolveLanguage('system', ['fr-BE'], languagePolicyOf(undefined))).toBe('fr');
  });
});
