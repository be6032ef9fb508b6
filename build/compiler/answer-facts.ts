import type { AnswerFacts, Successor } from '../../content/model/answer-facts-schema';
import type { Document, TimeLimit } from '../../content/model/bundle-schema';

/** The successors of a document that was or will be replaced or repealed, with when that takes effect. */
function successorsOf(doc: Extract<Document, { kind: 'instrument' | 'body' }>): Successor[] {
  const effective = doc.kind === 'instrument' ? (doc.effective ?? {}) : {};
  const relation = (id: string, kind: Successor['relation']): Successor => {
    const effect = effective[id];
    return {
      id,
      relation: kind,
      ...(effect?.date ? { date: effect.date } : {}),
      ...(effect?.pending ? { pending: effect.pending } : {}),
    };
  };
  const replaced = doc.relations.replacedBy.map((id) => relation(id, 'replaced-by'));
  const repealed = doc.relations.repealedBy.filter((id) => !doc.relations.replacedBy.includes(id));
  return [...replaced, ...repealed.map((id) => relation(id, 'repealed-by'))];
}

/**
 * The structured facts search answers questions from: every time limit, and each instrument's and body's standing and
 * successors with the first source of its review trail. Made from compiled content only, never from free text.
 */
export function answerFacts(documents: readonly Document[], timeLimits: readonly TimeLimit[]): AnswerFacts {
  return {
    timeLimits: timeLimits.map(({ id, instrument, what, duration, starts, article, source, checked }) => ({
      id,
      instrument,
      what,
      duration,
      starts,
      article,
      source,
      checked,
    })),
    documents: documents.flatMap((doc) => {
      if (doc.kind !== 'instrument' && doc.kind !== 'body') return [];
      const [source] = doc.sources;
      if (!source) return [];
      return [{ id: doc.id, standing: doc.standing, successors: successorsOf(doc), source, checked: doc.checked }];
    }),
  };
}
