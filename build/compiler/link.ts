import type { Document, Term, Topic } from '../../content/model/bundle-schema';
import { checkReferences } from './check-references';
import { compileDocuments } from './compile-documents';
import type { BodyFileOutput } from './fields/document-body-fields';
import { termEntry } from './fields/term-fields';
import { markTerms, type MarkedDocument } from './mark-terms';
import type { Problem } from './problems';
import { relationEffects } from './relation-effects';
import { reciprocalRelations } from './relations';
import type { RenderedDocument } from './render';
import { structuredLimitLines } from './time-limits';
import type { ValidContent } from './validate';

/** Documents and terms with every link resolved and every relation present on both sides, and the topics they name. */
export interface LinkedContent {
  documents: Document[];
  /** Each document's body file, in the order of `documents`. */
  bodies: BodyFileOutput[];
  terms: Term[];
  topics: Topic[];
}

/** Stage 4: checks references, then relations, term marking and field mapping, each a stage of its own that returns new values. */
export function link(
  valid: ValidContent,
  rendered: RenderedDocument[],
): { linked?: LinkedContent; trees?: MarkedDocument[]; problems: Problem[] } {
  const problems = checkReferences(valid, rendered);
  if (problems.length > 0) return { problems };
  const relations = reciprocalRelations(valid.documents);
  const { effects, problems: effectProblems } = relationEffects(valid.documents, relations);
  if (effectProblems.length > 0) return { problems: effectProblems };
  const trees = markTerms(rendered, valid);
  const compiled = compileDocuments(
    valid.documents,
    rendered,
    trees,
    relations,
    effects,
    valid.meta.content_date,
    structuredLimitLines(valid),
  );
  const usedIn = new Map<string, string[]>();
  for (const { id, markedTerms } of trees)
    for (const termId of markedTerms) usedIn.set(termId, [...(usedIn.get(termId) ?? []), id]);
  const terms = valid.terms.map(({ data }) => termEntry(data, [...(usedIn.get(data.id) ?? [])].sort()));
  const topics = valid.topics.map(({ data }) => ({ id: data.id, title: data.title }));
  const documents = compiled.map((c) => c.document);
  const bodies = compiled.map((c) => c.body);
  return { linked: { documents, bodies, terms, topics }, trees, problems };
}
