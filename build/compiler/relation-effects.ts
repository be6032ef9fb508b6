import type { Relations } from '../../content/model/bundle-schema';
import type { RelationEffect } from '../../content/model/standing';
import type { Problem } from './problems';
import type { ValidDocument } from './validate';

/** The relations an `effective` entry may date: repeals, amendments and replacements, either way round. */
const DATED: (keyof Relations)[] = ['amends', 'amendedBy', 'repeals', 'repealedBy', 'replaces', 'replacedBy'];

/**
 * Every instrument's `effective` entries, checked against its relations and copied to the other side, so each
 * instrument knows when each of its repeals, amendments and replacements takes effect. Keyed by document id, then
 * by the other instrument's id.
 */
export function relationEffects(
  documents: ValidDocument[],
  relations: ReadonlyMap<string, Relations>,
): { effects: Map<string, Record<string, RelationEffect>>; problems: Problem[] } {
  const effects = new Map<string, Record<string, RelationEffect>>();
  const written = new Map<string, string>();
  const problems: Problem[] = [];
  const put = (from: string, to: string, effect: RelationEffect) => {
    effects.set(from, { ...effects.get(from), [to]: effect });
  };
  for (const doc of documents) {
    if (doc.kind !== 'instrument') continue;
    const id = doc.data.id;
    const own = relations.get(id);
    for (const [other, source] of Object.entries(doc.data.effective ?? {})) {
      const line = doc.lineOf(['effective', other]);
      if (!own || !DATED.some((relation) => own[relation].includes(other))) {
        problems.push({
          file: doc.file,
          line,
          field: `effective.${other}`,
          message: `"${other}" is not repealed, amended or replaced by or with this instrument`,
        });
        continue;
      }
      const pair = [id, other].sort().join(' ');
      const first = written.get(pair);
      if (first) {
        problems.push({
          file: doc.file,
          line,
          field: `effective.${other}`,
          message: `the effect of this relation is already written at ${first}; write it on one side only`,
        });
        continue;
      }
      written.set(pair, `${doc.file}:${line}`);
      const effect: RelationEffect =
        'date' in source
          ? { date: source.date, ...(source.note ? { note: source.note } : {}) }
          : { pending: source.pending };
      put(id, other, effect);
      put(other, id, effect);
    }
  }
  return { effects, problems };
}
