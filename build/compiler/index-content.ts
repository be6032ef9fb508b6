import type { Document, TaskDocument, Term } from '../../content/model/bundle-schema';
import type { LanguageFile } from '../../content/model/language-file-schema';
import type { PassageWithText, SearchDoc, SearchFiles } from '../../content/model/search-index-schema';
import { buildSearchIndex, type IndexExtras } from '../../renderer/search/build-index';
import { countryPassages, countrySearchDoc } from './country-search';
import type { LinkedContent } from './link';
import type { MarkedDocument } from './mark-terms';
import { passagesOf } from './passages';

function searchDocOf(doc: Document): SearchDoc {
  const base = { id: doc.id, kind: doc.kind, title: doc.title, shortName: doc.shortName, topics: doc.topics };
  if (doc.kind === 'instrument') {
    const identifiers = [doc.celex, doc.number, doc.ecli, doc.oj].filter((x): x is string => Boolean(x));
    return {
      ...base,
      abbreviations: doc.abbreviations,
      identifiers,
      ...(doc.celex ? { celex: doc.celex } : {}),
      status: doc.status,
      standing: doc.standing,
      type: doc.type,
      year: Number(doc.adopted.slice(0, 4)),
    };
  }
  if (doc.kind === 'country') return countrySearchDoc(doc);
  if (doc.kind === 'body')
    return {
      ...base,
      abbreviations: doc.abbreviations,
      identifiers: [],
      status: doc.status,
      standing: doc.standing,
      type: doc.type,
    };
  return { ...base, abbreviations: [], identifiers: [] };
}

function searchDocOfTerm(term: Term): SearchDoc {
  return {
    id: term.id,
    kind: 'term',
    title: term.term,
    shortName: term.abbreviations[0] ?? term.term,
    abbreviations: term.abbreviations,
    identifiers: [],
    topics: [],
    ...(term.related.length > 0 ? { related: term.related } : {}),
  };
}

/** A task's words beyond its introduction (the words officers type, its questions, answers and outcomes), so search finds it by them. */
function taskPassage(task: TaskDocument): PassageWithText {
  const text = [
    task.keywords.join(', '),
    ...task.questions.flatMap((q) => [q.text, ...q.answers.map((a) => a.label)]),
    ...task.outcomes.flatMap((o) => [o.title, ...o.send]),
  ].join(' ');
  return { doc: task.id, anchor: '', headingPath: [], text };
}

/**
 * Abbreviation groups from the glossary: each abbreviation with the term and expansion it stands for. Equivalents in
 * other languages are left out: as synonyms they widened English queries and cost the question set two answers.
 */
function synonymGroups(terms: Term[]): string[][] {
  return terms
    .filter((t) => t.abbreviations.length > 0)
    .map((t) => [...new Set([...t.abbreviations, t.term, ...(t.expansion ? [t.expansion] : [])])]);
}

/**
 * The names each document and term has in other languages: official titles of instruments and bodies, glossary
 * equivalents with their aliases. Search finds them as names (the `aliases` field), so "Nacheile" finds hot pursuit.
 */
function aliasesById(languages: readonly LanguageFile[]): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  const add = (id: string, names: string[]) => aliases.set(id, [...new Set([...(aliases.get(id) ?? []), ...names])]);
  for (const language of languages) {
    for (const [id, { title }] of Object.entries(language.instruments)) add(id, [title]);
    for (const [id, { title }] of Object.entries(language.bodies)) add(id, [title]);
    for (const [id, { term, aliases: others }] of Object.entries(language.terms)) add(id, [term, ...others]);
  }
  return aliases;
}

/** A search document with its names in other languages, when it has any. */
function withAliases(doc: SearchDoc, aliases: ReadonlyMap<string, string[]>): SearchDoc {
  const names = aliases.get(doc.id);
  return names ? { ...doc, aliases: names } : doc;
}

/**
 * Stage 5: builds passage records for every document (from the linked trees it is given) and term, the prebuilt search
 * index and the passage texts; the language files add each document's and term's names in other languages, and the
 * extras the concepts and answer facts.
 */
export function indexContent(
  linked: LinkedContent,
  trees: MarkedDocument[],
  languages: readonly LanguageFile[] = [],
  extras: IndexExtras = {},
): SearchFiles {
  const aliases = aliasesById(languages);
  const docs = [...linked.documents.map(searchDocOf), ...linked.terms.map(searchDocOfTerm)].map((doc) =>
    withAliases(doc, aliases),
  );
  const passages: PassageWithText[] = trees.flatMap(({ id, tree }) =>
    passagesOf(tree).map((p) => ({ doc: id, anchor: p.anchor, headingPath: p.headingPath, text: p.text })),
  );
  const titles = new Map(linked.documents.map((d) => [d.id, d.title]));
  for (const doc of linked.documents) {
    if (doc.kind === 'country') passages.push(...countryPassages(doc, (id) => titles.get(id) ?? id));
    if (doc.kind === 'task') passages.push(taskPassage(doc));
  }
  for (const term of linked.terms) {
    const text = [term.expansion, term.definition].filter(Boolean).join('. ');
    passages.push({ doc: term.id, anchor: '', headingPath: [], text });
  }
  return buildSearchIndex(docs, passages, synonymGroups(linked.terms), extras);
}
