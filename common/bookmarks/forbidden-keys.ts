const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first key that could pollute prototypes if code ever copied the value naively, or null. */
export function findForbiddenKey(value: unknown): string | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current !== 'object' || current === null) continue;
    for (const key of Object.keys(current)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN.has(key)) return keyPath;
      stack.push({ value: (current as Record<string, unknown>)[key], path: keyPath });
    }
  }
  return null;
}
