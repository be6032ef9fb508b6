import lunr from 'lunr';
import type { AnswerFacts } from '../../content/model/answer-facts-schema';
import type { SearchConcept } from '../../content/model/concept-schemas';
import { SEARCH_INDEX_FORMAT } from '../../content/model/formats';
import type { PassageWithText, SearchDoc, SearchFiles } from '../../content/model/search-index-schema';
import { commonBodyTerms } from './common-terms';
import { foldText } from './fold';
import { compactLunrJson, type SerialisedLunr } from './index-compaction';
import { INDEX_FIELDS } from './index-fields';
import { configureBuilder } from './lunr-pipeline';
import { aliasTerms, indexTerms } from './text-analysis';

/** What the index carries beside its words: concepts and the facts direct answers are made from (none by default). */
export interface IndexExtras {
  concepts?: SearchConcept[];
  answers?: AnswerFacts;
}

/**
 * Builds the search index and the passage texts beside it from documents and their passages (lunr refs
 * are passage positions). A document's names go with its first passage (anchor ""), so a page's title is counted once.
 */
export function buildSearchIndex(
  docs: SearchDoc[],
  passages: PassageWithText[],
  synonyms: string[][],
  extras: IndexExtras = {},
): SearchFiles {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const named = new Set<string>();
  const withIntro = new Set(passages.filter((p) => p.anchor === '').map((p) => p.doc));
  const bodies = passages.map((p) => indexTerms(p.text));
  const common = commonBodyTerms(bodies);
  const index = lunr(function build() {
    configureBuilder(this);
    this.ref('ref');
    for (const field of INDEX_FIELDS) this.field(field.name, { boost: field.boost });
    passages.forEach((passage, position) => {
      const doc = byId.get(passage.doc);
      if (!doc) throw new Error(`passage of unknown document ${passage.doc}`);
      // The first passage carries the names; a document without an intro passage names its first one.
      const first = !named.has(doc.id) && (passage.anchor === '' || !withIntro.has(doc.id));
      if (first) named.add(doc.id);
      this.add({
        ref: String(position),
        title: first ? `${doc.title} ${doc.shortName === doc.title ? '' : doc.shortName}` : '',
        abbreviations: first ? doc.abbreviations.join(' ') : '',
        aliases: first ? aliasTerms((doc.aliases ?? []).join(' ')) : [],
        headings: passage.headingPath.join(' '),
        body: (bodies[position] ?? []).filter((term) => !common.has(term)),
      });
    });
  });
  const folded = synonyms
    .map((group) => [...new Set(group.map((s) => foldText(s).trim()).filter(Boolean))])
    .filter((g) => g.length > 1);
  return {
    index: {
      format: SEARCH_INDEX_FORMAT,
      docs,
      passages: passages.map(({ doc, anchor, headingPath }) => ({ doc, anchor, headingPath })),
      synonyms: folded,
      commonTerms: [...common].sort(),
      concepts: (extras.concepts ?? []).map((c) => ({ ...c, names: c.names.map((n) => foldText(n).trim()) })),
      answers: extras.answers ?? { timeLimits: [], documents: [] },
      lunr: compactLunrJson(index.toJSON() as unknown as SerialisedLunr),
    },
    passages: { format: SEARCH_INDEX_FORMAT, texts: passages.map((p) => p.text) },
  };
}
