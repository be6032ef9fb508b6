import type { BundleSourceRef } from '../../content/model/bundle-source-ref-schema';
import type { AnswerFacts, DocumentFact, Successor, TimeLimitFact } from '../../content/model/answer-facts-schema';
import type { Asked } from '../../content/model/concept-schemas';
import type { SearchDoc, SearchKind } from '../../content/model/search-index-schema';
import type { Standing } from '../../content/model/standing';
import { foldedWords } from './fold';
import { isFiller } from './question-words';
import { isStopWord, stemWord } from './text-analysis';

/** The document a direct answer is about, as the reader links to it. */
export interface AnswerSubject {
  id: string;
  kind: SearchKind;
  title: string;
  shortName: string;
}

/** A successor with the names the reader shows. */
export type AnswerSuccessor = Successor & { title: string; shortName: string; kind: SearchKind };

/**
 * An answer shown above the results, made only from structured content: the time limits of `time-limits.yaml`, and an
 * instrument's or body's standing and successors (status model and relations), each with its source.
 */
export type DirectAnswer =
  | { kind: 'time-limit'; subject: AnswerSubject; limits: TimeLimitFact[] }
  | {
      kind: 'status' | 'replaced-by';
      subject: AnswerSubject;
      standing: Standing;
      successors: AnswerSuccessor[];
      source: BundleSourceRef;
      checked: string;
    };

/** What a direct answer needs of one query: the questions it asks, its words, and the ranked documents. */
export interface AnswerQuestion {
  asks: readonly Asked[];
  /** Folded words of the query, in order. */
  words: readonly string[];
  /** Positions of the words that ask the question ("deadline", "how long"): not what the answer must be about. */
  askingWords: ReadonlySet<number>;
  /** Ranked documents, best first. */
  ranked: readonly SearchDoc[];
}

/** Most time limits one answer lists when the question does not say which of an act's limits it means. */
const MAX_LIMITS = 4;
/** Words that turn the next word around: "non urgent", "not urgent", "without consent". */
const NEGATIONS: ReadonlySet<string> = new Set(['non', 'not', 'no', 'without']);

/** A text's stems, split into those said plainly and those negated ("not urgent"). */
function polarTerms(words: readonly string[]): { plain: Set<string>; negated: Set<string> } {
  const plain = new Set<string>();
  const negated = new Set<string>();
  words.forEach((word, i) => {
    if (NEGATIONS.has(word) || isStopWord(word)) return;
    (NEGATIONS.has(words[i - 1] ?? '') ? negated : plain).add(stemWord(word));
  });
  return { plain, negated };
}

/** Answers from structured facts, or refuses (undefined) when the content does not hold the answer. */
export interface Answerer {
  answer(question: AnswerQuestion): DirectAnswer | undefined;
}

/** Builds an answerer over a search index's answer facts and documents. */
export function createAnswerer(facts: AnswerFacts, docs: readonly SearchDoc[]): Answerer {
  const limitsOf = new Map<string, TimeLimitFact[]>();
  for (const limit of facts.timeLimits)
    limitsOf.set(limit.instrument, [...(limitsOf.get(limit.instrument) ?? []), limit]);
  const factOf = new Map<string, DocumentFact>(facts.documents.map((f) => [f.id, f]));
  const docOf = new Map(docs.map((d) => [d.id, d]));
  const subjectOf = (doc: SearchDoc): AnswerSubject => ({
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    shortName: doc.shortName,
  });

  /**
   * The limits of the act the question is about that match what it asks: every content word of the question (not its
   * asking words, not the act's own names) is looked for in each limit, a negated word ("non urgent") only where the
   * limit negates it too. A question whose words match no limit of the act gets no answer.
   */
  function timeLimits(question: AnswerQuestion, subject: SearchDoc): DirectAnswer | undefined {
    const limits = limitsOf.get(subject.id);
    if (!limits) return undefined;
    const names = new Set(
      [subject.title, subject.shortName, ...subject.abbreviations].flatMap((n) => foldedWords(n).map(stemWord)),
    );
    const wanted = polarTerms(
      question.words.filter((word, i) => !question.askingWords.has(i) && !isFiller(word) && !names.has(stemWord(word))),
    );
    const asked = wanted.plain.size + wanted.negated.size;
    if (asked === 0) return { kind: 'time-limit', subject: subjectOf(subject), limits: limits.slice(0, MAX_LIMITS) };
    const scored = limits.map((limit) => {
      const said = polarTerms(foldedWords(`${limit.what} ${limit.starts}`));
      let score = 0;
      for (const term of wanted.plain) score += said.plain.has(term) ? 1 : said.negated.has(term) ? -1 : 0;
      for (const term of wanted.negated) score += said.negated.has(term) ? 1 : said.plain.has(term) ? -1 : 0;
      return { limit, score };
    });
    const best = Math.max(...scored.map((s) => s.score));
    if (best <= 0) return undefined;
    const chosen = scored.filter((s) => s.score === best).map((s) => s.limit);
    return { kind: 'time-limit', subject: subjectOf(subject), limits: chosen.slice(0, MAX_LIMITS) };
  }

  function standing(kind: 'status' | 'replaced-by', subject: SearchDoc): DirectAnswer | undefined {
    const fact = factOf.get(subject.id);
    if (!fact) return undefined;
    const successors = fact.successors.flatMap((s) => {
      const doc = docOf.get(s.id);
      return doc ? [{ ...s, title: doc.title, shortName: doc.shortName, kind: doc.kind }] : [];
    });
    // "What replaced X?" about an X the content records no successor for: no answer rather than a guess.
    if (kind === 'replaced-by' && successors.length === 0) return undefined;
    return {
      kind,
      subject: subjectOf(subject),
      standing: fact.standing,
      successors,
      source: fact.source,
      checked: fact.checked,
    };
  }

  return {
    answer(question) {
      const subject = question.ranked[0];
      if (!subject || (subject.kind !== 'instrument' && subject.kind !== 'body')) return undefined;
      // One question, one answer: a time limit is the most specific thing asked, a successor the next.
      if (question.asks.includes('time-limit')) return timeLimits(question, subject);
      if (question.asks.includes('replaced-by')) return standing('replaced-by', subject);
      if (question.asks.includes('status')) return standing('status', subject);
      return undefined;
    },
  };
}
