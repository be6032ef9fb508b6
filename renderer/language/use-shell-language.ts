import { useEffect } from 'react';
import type { UiLanguage } from '../../content/model/languages';
import { useShellApi } from '../api/api-context';

/** Tells the shell the language the page shows, at start and on each change, so its menus and dialogs speak it too. */
export function useShellLanguage(language: UiLanguage): void {
  const api = useShellApi();
  useEffect(() => {
    // The menus staying in the previous language is all a failed call costs; nothing to show the reader.
    void api?.app.setLanguage({ language });
  }, [api, language]);
}
