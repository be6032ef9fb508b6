/** A tree of texts, as a language module holds them. */
export type TextTree = Record<string, unknown>;

/** Every key path of a text tree, with what is at its end: `string`, or `function/<arity>`. */
function shapeOf(tree: TextTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') return [`${path}: function/${value.length}`];
    if (typeof value === 'object' && value !== null) return shapeOf(value as TextTree, `${path}.`);
    return [`${path}: ${typeof value}`];
  });
}

/** Every string a text tree can produce, by key path, calling each function with sample arguments (2, then 'x'). */
export function stringsByPath(tree: TextTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function')
      return [
        [
          path,
          String(
            (value as (...args: unknown[]) => unknown)(
              ...Array.from({ length: value.length }, (_, i) => (i === 0 ? 2 : 'x')),
            ),
          ),
        ],
      ];
    if (typeof value === 'object' && value !== null) return stringsByPath(value as TextTree, `${path}.`);
    return [[path, String(value)]];
  });
}

/** The key paths where a translation says exactly what English says. */
export function pathsSameAsEnglish(english: TextTree, translated: TextTree): string[] {
  const words = new Map(stringsByPath(english));
  return stringsByPath(translated)
    .filter(([path, text]) => words.get(path) === text)
    .map(([path]) => path);
}

/** How a translation's shape differs from English: key paths (with kind and arity) it adds, and those it lacks. */
export function shapeDifferences(english: TextTree, translated: TextTree): { extra: string[]; missing: string[] } {
  const [ours, theirs] = [shapeOf(english), shapeOf(translated)];
  return { extra: theirs.filter((key) => !ours.includes(key)), missing: ours.filter((key) => !theirs.includes(key)) };
}
