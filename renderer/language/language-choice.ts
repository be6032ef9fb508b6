import type { PolicyReport } from '../../common/contract/policy-report-schema';
import { isUiLanguage, systemLanguage, UI_LANGUAGES, type UiLanguage } from '../../content/model/languages';

/** What the reader chose in Settings: a language, or whatever the system's language is. */
export type LanguageChoice = 'system' | UiLanguage;

/** Every choice Settings offers, the system's first. */
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['system', ...UI_LANGUAGES];

/** The settings key the choice is remembered under. */
export const LANGUAGE_SETTING = 'language';

/** A remembered choice, or undefined for anything else (the default then applies). */
export function parseLanguageChoice(raw: unknown): LanguageChoice | undefined {
  return raw === 'system' || isUiLanguage(raw) ? raw : undefined;
}

/** What the administrators' policies say of the interface language: a default or enforced language, and the lock. */
export interface LanguagePolicy {
  language: UiLanguage | undefined;
  locked: boolean;
}

/** No policy: the reader's choice, else the system's language. */
const NO_LANGUAGE_POLICY: LanguagePolicy = { language: undefined, locked: false };

/** The language part of the shell's policy report (none in the web edition or before the shell answers). */
export function languagePolicyOf(report: PolicyReport | undefined): LanguagePolicy {
  return report ? { language: report.values.Language, locked: report.languageLocked } : NO_LANGUAGE_POLICY;
}

/**
 * The language a choice stands for on this system under the policy: locked, the policy's language (or the system's
 * when the lock names none) whatever was chosen; else a language chosen in Settings, else the policy's default,
 * else the system's.
 */
export function resolveLanguage(
  choice: LanguageChoice,
  preferred: readonly string[],
  policy: LanguagePolicy = NO_LANGUAGE_POLICY,
): UiLanguage {
  if (!policy.locked && choice !== 'system') return choice;
  return policy.language ?? systemLanguage(preferred);
}
