import { useCallback, useState } from 'react';
import { readStoredValue } from './stored-value';

/** State remembered in localStorage under `polcoop:<key>`; values that fail `parse` fall back to the default. */
export function useStoredState<T>(
  key: string,
  parse: (raw: unknown) => T | undefined,
  fallback: T,
): [T, (value: T) => void] {
  const storageKey = `polcoop:${key}`;
  const [value, setValue] = useState(() => readStoredValue(key, parse, fallback));
  const update = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // A full or disabled storage only means the choice is not remembered.
      }
    },
    [storageKey],
  );
  return [value, update];
}
