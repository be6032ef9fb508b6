import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LanguageFile } from '../../content/model/language-file-schema';
import type { UiLanguage } from '../../content/model/languages';
import { usePolicies } from '../policies/policy-context';
import { useStoredState } from '../settings/use-stored-state';
import {
  languagePolicyOf,
  LANGUAGE_SETTING,
  parseLanguageChoice,
  resolveLanguage,
  type LanguageChoice,
  type LanguagePolicy,
} from './language-choice';
import { prepareLanguage, type PreparedLanguage } from './prepare-language';
import { useShellLanguage } from './use-shell-language';

/** The interface language, the reader's choice behind it, and the official titles and equivalents in it. */
interface LanguageState {
  language: UiLanguage;
  choice: LanguageChoice;
  /** Remembers a new choice; does nothing while the policy locks the language. */
  choose: (choice: LanguageChoice) => void;
  /** The administrators' say: a default or enforced language, and whether users may change it. */
  policy: LanguagePolicy;
  /** The active language's file; null in English or when the bundle has none. */
  translations: LanguageFile | null;
  /** True once a language was chosen in Settings: the views rendered afresh in it open Settings again, where the reader was. */
  chosenInSettings: boolean;
}

const LanguageContext = createContext<LanguageState>({
  language: 'en',
  choice: 'system',
  choose: () => undefined,
  policy: languagePolicyOf(undefined),
  translations: null,
  chosenInSettings: false,
});

/**
 * Holds the interface language, under the administrators' policy (a default below the reader's choice, or locked). A new choice is remembered at once; its texts and language file load, and only then
 * is `children` rendered again (keyed by language, so every view reads the new texts), never half in one language.
 * The shell hears of the language shown, so its menus and dialogs follow.
 */
export function LanguageProvider({
  initial,
  children,
}: {
  initial: PreparedLanguage;
  children: (language: UiLanguage) => ReactNode;
}) {
  const [choice, setChoice] = useStoredState<LanguageChoice>(LANGUAGE_SETTING, parseLanguageChoice, 'system');
  const [prepared, setPrepared] = useState(initial);
  const report = usePolicies();
  const policy = useMemo(() => languagePolicyOf(report), [report]);
  const wanted = resolveLanguage(choice, navigator.languages, policy);
  // What was last asked for, so a language whose texts failed to load (English shown instead) is not retried in a loop.
  const requested = useRef(wanted);
  useEffect(() => {
    if (wanted === requested.current) return;
    requested.current = wanted;
    let current = true;
    void prepareLanguage(wanted).then((next) => current && setPrepared(next));
    return () => {
      current = false;
    };
  }, [wanted]);
  useShellLanguage(prepared.language);
  const [chosenInSettings, setChosenInSettings] = useState(false);
  const choose = useCallback(
    (next: LanguageChoice) => {
      if (policy.locked) return;
      setChosenInSettings(true);
      setChoice(next);
    },
    [setChoice, policy.locked],
  );
  const value = useMemo(
    () => ({
      language: prepared.language,
      choice,
      choose,
      policy,
      translations: prepared.translations,
      chosenInSettings,
    }),
    [prepared, choice, choose, policy, chosenInSettings],
  );
  return <LanguageContext.Provider value={value}>{children(prepared.language)}</LanguageContext.Provider>;
}

/** The interface language and its official titles and equivalents. */
export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}
