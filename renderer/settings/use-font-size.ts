import { useEffect } from 'react';
import { DEFAULT_FONT_SIZE, parseFontSize, stepFontSize } from './font-size';
import { useStoredState } from './use-stored-state';

/** The text size in percent, remembered, applied to the root element and changed with Ctrl/Cmd +, − and 0. */
export function useFontSize(): [number, (size: number) => void] {
  const [size, setSize] = useStoredState('font-size', parseFontSize, DEFAULT_FONT_SIZE);
  useEffect(() => {
    document.documentElement.style.fontSize = `${size}%`;
  }, [size]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // `=` is the unshifted + on most layouts; Electron's default zoom would otherwise take these keys.
      if (event.key === '+' || event.key === '=') setSize(stepFontSize(size, 1));
      else if (event.key === '-' || event.key === '_') setSize(stepFontSize(size, -1));
      else if (event.key === '0') setSize(DEFAULT_FONT_SIZE);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [size, setSize]);
  return [size, setSize];
}
