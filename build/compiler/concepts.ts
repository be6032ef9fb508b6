import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { conceptsSourceSchema, type SearchConcept } from '../../content/model/concept-schemas';
import { foldedWords } from '../../renderer/search/fold';
import type { Problem } from './problems';
import { issuesToProblems } from './validate';
import { parseYaml } from './yaml-source';

/** The concept list's file name inside the content folder. */
const CONCEPTS_FILE = 'concepts.yaml';

/**
 * Stage: reads `concepts.yaml` (optional), checks it against its schema, that ids are unique, that each name belongs to
 * one concept only and that every document it names exists; returns the concepts as search uses them.
 */
export function compileConcepts(
  contentDir: string,
  documentIds: ReadonlySet<string>,
): { concepts: SearchConcept[]; problems: Problem[] } {
  const path = join(contentDir, CONCEPTS_FILE);
  if (!existsSync(path)) return { concepts: [], problems: [] };
  const file = relative(process.cwd(), path) || path;
  const { source, problems } = parseYaml(readFileSync(path, 'utf8'), file, 1);
  if (!source) return { concepts: [], problems };
  const parsed = conceptsSourceSchema.safeParse(source.data ?? []);
  if (!parsed.success)
    return {
      concepts: [],
      problems: [...problems, ...issuesToProblems(parsed.error, source.data, file, source.lineOf)],
    };
  const ids = new Map<string, number>();
  const names = new Map<string, string>();
  parsed.data.forEach((concept, index) => {
    const at = (path: PropertyKey[]) => ({ file, line: source.lineOf([index, ...path]), field: path.join('.') });
    const first = ids.get(concept.id);
    if (first !== undefined)
      problems.push({ ...at(['id']), message: `concept "${concept.id}" is already defined at ${file}:${first}` });
    else ids.set(concept.id, source.lineOf([index, 'id']));
    concept.names.forEach((name, n) => {
      const key = foldedWords(name).join(' ');
      const owner = names.get(key);
      if (key === '') problems.push({ ...at(['names', n]), message: 'has no letters or digits to search for' });
      else if (owner && owner !== concept.id)
        problems.push({ ...at(['names', n]), message: `"${name}" already names concept "${owner}"` });
      else names.set(key, concept.id);
    });
    concept.documents?.forEach((id, d) => {
      if (!documentIds.has(id))
        problems.push({ ...at(['documents', d]), message: `"${id}" is not a known document id` });
    });
  });
  const concepts = parsed.data.map((c) => ({
    id: c.id,
    names: c.names,
    documents: c.documents ?? [],
    ...(c.asks ? { asks: c.asks } : {}),
  }));
  return { concepts, problems };
}
