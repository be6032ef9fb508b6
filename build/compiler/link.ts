import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Document, Relations, Term, Topic } from '../../content/model/bundle-schema';
import { documentHref, termHref } from '../../content/model/links';
import type { KeyFactsSource } from '../../content/model/source-schemas';
import type { Problem } from './problems';
import type { RenderedDocument } from './render';
import type { ValidContent, ValidDocument } from './validate';

/** Documents and terms with every link resolved and every relation present on both sides, and the topics they name. */
export interface LinkedContent {
  documents: Document[];
  terms: Term[];
  topics: Topic[];
}

type DocumentKind = Document['kind'];
const WIKI_LINK = /\[\[([^\]|#\n]+?)(?:#([^\]|\n]+?))?(?:\|([^\]\n]+?))?\]\]/g;
const NO_TERM_MARKS = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function emptyRelations(): Relations {
  return { amends: [], amendedBy: [], repeals: [], repealedBy: [], replaces: [], replacedBy: [], establishes: [], establishedBy: [], related: [] };
}

function keyFacts(facts: KeyFactsSource | undefined) {
  return facts && { data: facts.data, channels: facts.channels, timeLimits: facts.time_limits, access: facts.access };
}

/** The references a document makes in its front matter: field, target ids, and the kinds allowed. */
function referencesOf(doc: ValidDocument): [string, string[], DocumentKind[] | 'any'][] {
  switch (doc.kind) {
    case 'page':
      return [['sections', doc.data.sections, ['section']], ['related', doc.data.related, 'any']];
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
  }
}

function lineOfText(body: string, index: number): number {
  let line = 0;
  for (let i = 0; i < index; i += 1) if (body.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Escapes a string for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds one matcher for every term name and abbreviation, longest first so phrases win over their parts. */
function termMatcher(terms: ValidContent['terms']): { pattern: RegExp; idOf: (match: string) => string | undefined } {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const { data } of terms) {
    folded.set(data.term.toLowerCase(), data.id);
    for (const abbreviation of data.abbreviations) exact.set(abbreviation, data.id);
  }
  const names = [...new Set([...exact.keys(), ...terms.map((t) => t.data.term)])]
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, idOf: (match) => exact.get(match) ?? folded.get(match.toLowerCase()) };
}

/** Replaces `[[id]]` text with links and wraps the first mention of each glossary term. */
function transformTree(
  hast: HastRoot,
  labelOf: (id: string, isTerm: boolean) => string,
  matcher: ReturnType<typeof termMatcher>,
): string[] {
  const marked = new Set<string>();
  const rewrite = (node: Text, insideNoMark: boolean): ElementContent[] => {
    const out: ElementContent[] = [];
    let last = 0;
    const value = node.value;
    const pieces: { start: number; end: number; element: Element }[] = [];
    for (const m of value.matchAll(WIKI_LINK)) {
      const raw = (m[1] ?? '').trim();
      const isTerm = raw.startsWith('term:');
      const id = isTerm ? raw.slice(5) : raw;
      const anchor = m[2]?.trim();
      const href = isTerm ? termHref(id) : documentHref(id, anchor);
      pieces.push({
        start: m.index,
        end: m.index + m[0].length,
        element: { type: 'element', tagName: 'a', properties: { href, className: [isTerm ? 'term-link' : 'doc-link'] }, children: [{ type: 'text', value: m[3]?.trim() ?? labelOf(id, isTerm) }] },
      });
    }
    if (!insideNoMark) {
      for (const m of value.matchAll(matcher.pattern)) {
        const id = matcher.idOf(m[0]);
        if (!id || marked.has(id)) continue;
        if (pieces.some((p) => m.index < p.end && m.index + m[0].length > p.start)) continue;
        marked.add(id);
        pieces.push({
          start: m.index,
          end: m.index + m[0].length,
          element: { type: 'element', tagName: 'span', properties: { className: ['term'], dataTerm: id }, children: [{ type: 'text', value: m[0] }] },
        });
      }
    }
    pieces.sort((a, b) => a.start - b.start);
    for (const piece of pieces) {
      if (piece.start > last) out.push({ type: 'text', value: value.slice(last, piece.start) });
      out.push(piece.element);
      last = piece.end;
    }
    if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
    return out;
  };
  const walk = (parent: HastRoot | Element, insideNoMark: boolean) => {
    const children: ElementContent[] = [];
    for (const child of parent.children as ElementContent[]) {
      if (child.type === 'text') children.push(...rewrite(child, insideNoMark));
      else {
        if (child.type === 'element') walk(child, insideNoMark || NO_TERM_MARKS.has(child.tagName));
        children.push(child);
      }
    }
    parent.children = children as typeof parent.children;
  };
  walk(hast, false);
  return [...marked];
}

/** Stage 4: checks every reference, makes relations reciprocal, resolves links and marks glossary terms. */
export function link(valid: ValidContent, rendered: RenderedDocument[]): { linked?: LinkedContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const docs = new Map(valid.documents.map((d) => [d.data.id, d]));
  const terms = new Map(valid.terms.map((t) => [t.data.id, t]));
  const anchors = new Map(rendered.map((r) => [r.doc.data.id, new Set(r.toc.map((t) => t.anchor))]));
  const topics = new Set(valid.topics.map((t) => t.data.id));

  for (const doc of valid.documents) {
    for (const [field, ids, kinds] of referencesOf(doc)) {
      ids.forEach((id, i) => {
        const target = docs.get(id);
        const line = doc.lineOf([field, ...(field === 'parent' ? [] : [i])]);
        if (!target) problems.push({ file: doc.file, line, field, message: `"${id}" is not a known document id` });
        else if (kinds !== 'any' && !kinds.includes(target.kind)) problems.push({ file: doc.file, line, field, message: `"${id}" is a ${target.kind}, expected ${kinds.join(' or ')}` });
      });
    }
    if ('topics' in doc.data) {
      doc.data.topics.forEach((id, i) => {
        if (!topics.has(id)) problems.push({ file: doc.file, line: doc.lineOf(['topics', i]), field: 'topics', message: `"${id}" is not a topic listed in topics.yaml` });
      });
    }
    for (const m of doc.body.matchAll(WIKI_LINK)) {
      const raw = (m[1] ?? '').trim();
      const line = doc.bodyLine + lineOfText(doc.body, m.index);
      if (raw.startsWith('term:')) {
        if (!terms.has(raw.slice(5))) problems.push({ file: doc.file, line, field: 'body', message: `link to unknown glossary term "${raw.slice(5)}"` });
      } else if (!docs.has(raw)) {
        problems.push({ file: doc.file, line, field: 'body', message: `link to unknown document "${raw}"` });
      } else if (m[2] && !anchors.get(raw)?.has(m[2].trim())) {
        problems.push({ file: doc.file, line, field: 'body', message: `"${raw}" has no heading with anchor "${m[2].trim()}"` });
      }
    }
  }
  for (const term of valid.terms) {
    term.data.see_also.forEach((id, i) => {
      if (!terms.has(id)) problems.push({ file: term.file, line: term.lineOf(['see_also', i]), field: 'see_also', message: `"${id}" is not a known term id` });
    });
    term.data.related.forEach((id, i) => {
      if (!docs.has(id)) problems.push({ file: term.file, line: term.lineOf(['related', i]), field: 'related', message: `"${id}" is not a known document id` });
    });
  }
  if (problems.length > 0) return { problems };

  const relations = new Map(valid.documents.map((d) => [d.data.id, emptyRelations()]));
  const relate = (from: string, forward: keyof Relations, to: string, backward: keyof Relations) => {
    const a = relations.get(from);
    const b = relations.get(to);
    if (!a || !b || from === to) return;
    if (!a[forward].includes(to)) a[forward].push(to);
    if (!b[backward].includes(from)) b[backward].push(from);
  };
  for (const doc of valid.documents) {
    const id = doc.data.id;
    if (doc.kind === 'instrument' || doc.kind === 'page' || doc.kind === 'body') doc.data.related.forEach((r) => relate(id, 'related', r, 'related'));
    if (doc.kind === 'instrument') {
      doc.data.amended_by.forEach((r) => relate(id, 'amendedBy', r, 'amends'));
      doc.data.repealed_by.forEach((r) => relate(id, 'repealedBy', r, 'repeals'));
      doc.data.replaces.forEach((r) => relate(id, 'replaces', r, 'replacedBy'));
    }
    if (doc.kind === 'body') doc.data.established_by.forEach((r) => relate(id, 'establishedBy', r, 'establishes'));
  }
  for (const rel of relations.values()) for (const list of Object.values(rel)) list.sort();

  const shortName = (id: string) => {
    const d = docs.get(id)?.data;
    return d ? ('short_name' in d ? d.short_name : d.title) : id;
  };
  const matcher = termMatcher(valid.terms);
  const usedIn = new Map<string, string[]>();
  const sectionsOf = (doc: ValidDocument) => ('sections' in doc.data ? doc.data.sections : []);

  const documents: Document[] = rendered.map(({ doc, hast, toc }) => {
    const marked = transformTree(hast, (id, isTerm) => (isTerm ? (terms.get(id)?.data.term ?? id) : shortName(id)), matcher);
    for (const termId of marked) usedIn.set(termId, [...(usedIn.get(termId) ?? []), doc.data.id]);
    const html = toHtml(hast);
    const base = {
      id: doc.data.id,
      title: doc.data.title,
      shortName: shortName(doc.data.id),
      summary: 'summary' in doc.data ? doc.data.summary : '',
      html,
      toc,
      sections: sectionsOf(doc),
      topics: 'topics' in doc.data ? doc.data.topics : [],
      relations: relations.get(doc.data.id) ?? emptyRelations(),
      contentHash: '',
    };
    let compiled: Document;
    switch (doc.kind) {
      case 'page':
        compiled = { ...base, kind: 'page' };
        break;
      case 'section': {
        const id = doc.data.id;
        compiled = {
          ...base,
          kind: 'section',
          order: doc.data.order,
          ...(doc.data.parent ? { parent: doc.data.parent } : {}),
          children: valid.documents.filter((d) => d.kind === 'section' && d.data.parent === id).sort((a, b) => (a.data as { order: number }).order - (b.data as { order: number }).order).map((d) => d.data.id),
          members: valid.documents.filter((d) => sectionsOf(d).includes(id)).map((d) => d.data.id).sort(),
        };
        break;
      }
      case 'instrument': {
        const s = doc.data;
        const facts = keyFacts(s.key_facts);
        compiled = {
          ...base,
          kind: 'instrument',
          summary: s.status_note,
          abbreviations: s.abbreviations,
          type: s.type,
          adopted: s.adopted,
          status: s.status,
          statusNote: s.status_note,
          ...(s.number ? { number: s.number } : {}),
          ...(s.celex ? { celex: s.celex } : {}),
          ...(s.eli ? { eli: s.eli } : {}),
          ...(s.ecli ? { ecli: s.ecli } : {}),
          ...(s.oj ? { oj: s.oj } : {}),
          ...(s.entry_into_force ? { entryIntoForce: s.entry_into_force } : {}),
          ...(s.application_date ? { applicationDate: s.application_date } : {}),
          ...(s.end_date ? { endDate: s.end_date } : {}),
          ...(s.legal_basis ? { legalBasis: s.legal_basis } : {}),
          ...(facts ? { keyFacts: facts } : {}),
        };
        break;
      }
      case 'body': {
        const s = doc.data;
        const facts = keyFacts(s.key_facts);
        compiled = {
          ...base,
          kind: 'body',
          summary: s.status_note ?? s.type,
          abbreviations: s.abbreviations,
          type: s.type,
          status: s.status,
          ...(s.status_note ? { statusNote: s.status_note } : {}),
          ...(facts ? { keyFacts: facts } : {}),
        };
        break;
      }
    }
    compiled.contentHash = createHash('sha256').update(JSON.stringify({ ...compiled, contentHash: '' })).digest('hex');
    return compiled;
  });

  const compiledTerms: Term[] = valid.terms.map(({ data }) => ({
    id: data.id,
    term: data.term,
    abbreviations: data.abbreviations,
    ...(data.expansion ? { expansion: data.expansion } : {}),
    definition: data.definition,
    seeAlso: data.see_also,
    related: data.related,
    usedIn: [...(usedIn.get(data.id) ?? [])].sort(),
  }));
  const compiledTopics: Topic[] = valid.topics.map(({ data }) => ({ id: data.id, title: data.title }));
  return { linked: { documents, terms: compiledTerms, topics: compiledTopics }, problems };
}
