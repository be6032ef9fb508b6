import { useEffect } from 'react';
import { parseTheme, type Theme } from './theme';
import { useStoredState } from './use-stored-state';

/** The chosen theme, remembered and applied as `data-theme` on the root element (the stylesheet does the rest). */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useStoredState<Theme>('theme', parseTheme, 'system');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return [theme, setTheme];
}
