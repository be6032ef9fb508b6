import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LanguageFile } from '../../content/model/language-file-schema';
import type { UiLanguage } from '../../content/model/languages';
import { useStoredState } from '../settings/use-stored-state';
import { LANGUAGE_SETTING, parseLanguageChoice, resolveLanguage, type LanguageChoice } from './language-choice';
import { prepareLanguage, type PreparedLanguage } from './prepare-language';
import { useShellLanguage } from './use-shell-language';

/** The interface language, the reader's choice behind it, and the official titles and equivalents in it. */
interface LanguageState {
  language: UiLanguage;
  choice: LanguageChoice;
  choose: (choice: LanguageChoice) => void;
  /** The active language's file; null in English or when the bundle has none. */
  translations: LanguageFile | null;
  /** True once a language was chosen in Settings: the views rendered afresh in it open Settings again, where the reader was. */
  chosenInSettings: boolean;
}

const LanguageContext = createContext<LanguageState>({
  language: 'en',
  choice: 'system',
  choose: () => undefined,
  translations: null,
  chosenInSettings: false,
});

/**
 * Holds the interface language. A new choice is remembered at once; its texts and language file load, and only then
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
  const wanted = resolveLanguage(choice, navigator.languages);
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
      setChosenInSettings(true);
      setChoice(next);
    },
    [setChoice],
  );
  const value = useMemo(
    () => ({ language: prepared.language, choice, choose, translations: prepared.translations, chosenInSettings }),
    [prepared, choice, choose, chosenInSettings],
  );
  return <LanguageContext.Provider value={value}>{children(prepared.language)}</LanguageContext.Provider>;
}

/** The interface language and its official titles and equivalents. */
export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}
