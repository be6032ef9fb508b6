import type { Relations } from '../../content/model/bundle-schema';
import type { ValidDocument } from './validate';

/** A document's relations before any are known. */
export function emptyRelations(): Relations {
  return {
    amends: [],
    amendedBy: [],
    repeals: [],
    repealedBy: [],
    replaces: [],
    replacedBy: [],
    establishes: [],
    establishedBy: [],
    related: [],
  };
}

/** Stage 4b: each document's relations, every one present on both sides (a document `amended_by` X makes X `amends` it), sorted. */
export function reciprocalRelations(documents: ValidDocument[]): ReadonlyMap<string, Relations> {
  const relations = new Map(documents.map((d) => [d.data.id, emptyRelations()]));
  const relate = (from: string, forward: keyof Relations, to: string, backward: keyof Relations) => {
    const a = relations.get(from);
    const b = relations.get(to);
    if (!a || !b || from === to) return;
    if (!a[forward].includes(to)) a[forward].push(to);
    if (!b[backward].includes(from)) b[backward].push(from);
  };
  for (const doc of documents) {
    const id = doc.data.id;
    if (doc.kind === 'instrument' || doc.kind === 'page' || doc.kind === 'body')
      doc.data.related.forEach((r) => relate(id, 'related', r, 'related'));
    if (doc.kind === 'instrument') {
      doc.data.amended_by.forEach((r) => relate(id, 'amendedBy', r, 'amends'));
      doc.data.repealed_by.forEach((r) => relate(id, 'repealedBy', r, 'repeals'));
      doc.data.replaces.forEach((r) => relate(id, 'replaces', r, 'replacedBy'));
    }
    if (doc.kind === 'body') doc.data.established_by.forEach((r) => relate(id, 'establishedBy', r, 'establishes'));
    if (doc.kind === 'task')
      doc.data.outcomes.forEach((o) => o.rests_on.forEach((r) => relate(id, 'related', r, 'related')));
  }
  for (const rel of relations.values()) for (const list of Object.values(rel)) list.sort();
  return relations;
}
