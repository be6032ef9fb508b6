import type { Document } from '../../content/model/bundle-schema';
import { checkBorders } from './check-borders';
import type { Problem } from './problems';
import type { RenderedDocument } from './render';
import type { ValidContent, ValidDocument } from './validate';
import { WIKI_LINK } from './wiki-link';

type DocumentKind = Document['kind'];

/** The references a document makes in its front matter: field, target ids, and the kinds allowed. */
function referencesOf(doc: ValidDocument): [string, string[], DocumentKind[] | 'any'][] {
  switch (doc.kind) {
    case 'page':
      return [
        ['sections', doc.data.sections, ['section']],
        ['related', doc.data.related, 'any'],
      ];
    case 'section':
      return [['parent', doc.data.parent ? [doc.data.parent] : [], ['section']]];
    case 'instrument':
      return [
        ['amended_by', doc.data.amended_by, ['instrument']],
        ['repealed_by', doc.data.repealed_by, ['instrument']],
        ['replaces', doc.data.replaces, ['instrument']],
        ['related', doc.data.related, 'any'],
        ['sections', doc.data.sections, ['section']],
      ];
    case 'body':
      return [
        ['established_by', doc.data.established_by, ['instrument']],
        ['related', doc.data.related, 'any'],
        ['sections', doc.data.sections, ['section']],
      ];
    case 'country':
      return [];
    case 'task':
      // A task's references sit inside its outcomes; checkTasks reports them at their own lines.
      return [];
  }
}

function lineOfText(body: string, index: number): number {
  let line = 0;
  for (let i = 0; i < index; i += 1) if (body.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Stage 4a: every front-matter reference, topic, body link, anchor and glossary cross-reference names something that exists. */
export function checkReferences(valid: ValidContent, rendered: RenderedDocument[]): Problem[] {
  const problems: Problem[] = [];
  const docs = new Map(valid.documents.map((d) => [d.data.id, d]));
  const terms = new Set(valid.terms.map((t) => t.data.id));
  const anchors = new Map(rendered.map((r) => [r.doc.data.id, new Set(r.toc.map((t) => t.anchor))]));
  const topics = new Set(valid.topics.map((t) => t.data.id));

  for (const doc of valid.documents) {
    for (const [field, ids, kinds] of referencesOf(doc)) {
      ids.forEach((id, i) => {
        const target = docs.get(id);
        const line = doc.lineOf([field, ...(field === 'parent' ? [] : [i])]);
        if (!target) problems.push({ file: doc.file, line, field, message: `"${id}" is not a known document id` });
        else if (kinds !== 'any' && !kinds.includes(target.kind))
          problems.push({
            file: doc.file,
            line,
            field,
            message: `"${id}" is a ${target.kind}, expected ${kinds.join(' or ')}`,
          });
      });
    }
    if ('topics' in doc.data) {
      doc.data.topics.forEach((id, i) => {
        if (!topics.has(id))
          problems.push({
            file: doc.file,
            line: doc.lineOf(['topics', i]),
            field: 'topics',
            message: `"${id}" is not a topic listed in topics.yaml`,
          });
      });
    }
    for (const m of doc.body.matchAll(WIKI_LINK)) {
      const raw = (m[1] ?? '').trim();
      const line = doc.bodyLine + lineOfText(doc.body, m.index);
      if (raw.startsWith('term:')) {
        if (!terms.has(raw.slice(5)))
          problems.push({
            file: doc.file,
            line,
            field: 'body',
            message: `link to unknown glossary term "${raw.slice(5)}"`,
          });
      } else if (!docs.has(raw)) {
        problems.push({ file: doc.file, line, field: 'body', message: `link to unknown document "${raw}"` });
      } else if (m[2] && !anchors.get(raw)?.has(m[2].trim())) {
        problems.push({
          file: doc.file,
          line,
          field: 'body',
          message: `"${raw}" has no heading with anchor "${m[2].trim()}"`,
        });
      }
    }
  }
  for (const term of valid.terms) {
    term.data.see_also.forEach((id, i) => {
      if (!terms.has(id))
        problems.push({
          file: term.file,
          line: term.lineOf(['see_also', i]),
          field: 'see_also',
          message: `"${id}" is not a known term id`,
        });
    });
    term.data.related.forEach((id, i) => {
      if (!docs.has(id))
        problems.push({
          file: term.file,
          line: term.lineOf(['related', i]),
          field: 'related',
          message: `"${id}" is not a known document id`,
        });
    });
  }
  problems.push(...checkBorders(valid.documents));
  return problems;
}
