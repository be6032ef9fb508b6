import { isMap, LineCounter, parseDocument, type Document as YamlDocument } from 'yaml';
import type { Problem } from './problems';

/** Parsed YAML with a way back from a data path to its line in the file. */
export interface YamlSource {
  data: unknown;
  lineOf(path: readonly PropertyKey[]): number;
}

/** Parses YAML that starts at `firstLine` of `file`; syntax errors become problems. */
export function parseYaml(text: string, file: string, firstLine: number): { source?: YamlSource; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    file,
    line: firstLine + (error.linePos?.[0].line ?? 1) - 1,
    field: 'yaml',
    message: error.message.split('\n')[0] ?? error.message,
  }));
  if (doc.errors.length > 0) return { problems };
  return {
    problems,
    source: {
      data: doc.toJS(),
      lineOf: (path) => firstLine + lineCounter.linePos(offsetOf(doc, path)).line - 1,
    },
  };
}

/** Finds the offset of the deepest node on `path` that exists: a value, or the key naming it. */
function offsetOf(doc: YamlDocument, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const parentPath = path.slice(0, depth - 1);
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    const key = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as { value?: unknown })?.value === key);
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) return range[0];
    }
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return (doc.contents as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
}
