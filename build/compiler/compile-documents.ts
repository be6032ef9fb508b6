import { createHash } from 'node:crypto';
import { toHtml } from 'hast-util-to-html';
import type { Document, Relations } from '../../content/model/bundle-schema';
import type { RelationEffect } from '../../content/model/standing';
import { documentBodyFile, type BodyFileOutput } from './fields/document-body-fields';
import { documentFields } from './fields/document-fields';
import type { SectionPlace } from './fields/section-fields';
import type { MarkedDocument } from './mark-terms';
import { emptyRelations } from './relations';
import type { RenderedDocument } from './render';
import type { ValidDocument } from './validate';

function sectionsOf(doc: ValidDocument): string[] {
  return 'sections' in doc.data ? doc.data.sections : [];
}

/** A section's child sections (by order) and member documents (by id); empty for other kinds. */
function placeOf(doc: ValidDocument, documents: ValidDocument[]): SectionPlace {
  if (doc.kind !== 'section') return { children: [], members: [] };
  const id = doc.data.id;
  return {
    children: documents
      .flatMap((d) => (d.kind === 'section' && d.data.parent === id ? [d] : []))
      .sort((a, b) => a.data.order - b.data.order)
      .map((d) => d.data.id),
    members: documents
      .filter((d) => sectionsOf(d).includes(id))
      .map((d) => d.data.id)
      .sort(),
  };
}

/** A compiled document: its catalogue entry and its body file. */
export interface CompiledDocument {
  document: Document;
  body: BodyFileOutput;
}

/**
 * Stage 4d: each document through its kind's field mapping, with its relations and their effective dates and an
 * instrument's structured time limits, its marked tree as HTML in its body file, and its content hash (over the
 * catalogue entry, which holds the body file's hash).
 */
export function compileDocuments(
  documents: ValidDocument[],
  rendered: RenderedDocument[],
  marked: MarkedDocument[],
  relations: ReadonlyMap<string, Relations>,
  effects: ReadonlyMap<string, Readonly<Record<string, RelationEffect>>>,
  contentDate: string,
  structuredLimits: ReadonlyMap<string, string[]>,
): CompiledDocument[] {
  const trees = new Map(marked.map((m) => [m.id, m.tree]));
  const tocs = new Map(rendered.map((r) => [r.doc.data.id, r.toc]));
  return documents.map((doc) => {
    const tree = trees.get(doc.data.id);
    if (!tree) throw new Error(`no marked tree for ${doc.data.id}`);
    const derived = { html: toHtml(tree), toc: tocs.get(doc.data.id) ?? [] };
    const compiled = documentFields(doc, {
      ...derived,
      relations: relations.get(doc.data.id) ?? emptyRelations(),
      effective: effects.get(doc.data.id),
      contentDate,
      ...placeOf(doc, documents),
      structuredLimits: doc.kind === 'instrument' ? (structuredLimits.get(doc.data.id) ?? []) : [],
    });
    const body = documentBodyFile(doc.data.id, derived);
    compiled.body = body.file;
    compiled.contentHash = createHash('sha256')
      .update(JSON.stringify({ ...compiled, contentHash: '' }))
      .digest('hex');
    return { document: compiled, body };
  });
}
