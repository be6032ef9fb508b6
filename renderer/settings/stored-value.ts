/** The value remembered under `key` in localStorage; values that fail `parse`, or storage that cannot be read, give the default. */
export function readStoredValue<T>(key: string, parse: (raw: unknown) => T | undefined, fallback: T): T {
  try {
    const raw = window.localStorage.getItem(`polcoop:${key}`);
    return (raw === null ? undefined : parse(JSON.parse(raw))) ?? fallback;
  } catch {
    // Storage can be disabled or hold a value from an older version: the default is always safe.
    return fallback;
  }
}
