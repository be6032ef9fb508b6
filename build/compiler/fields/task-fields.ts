import type { TaskDocument } from '../../../content/model/bundle-schema';
import type { TaskSource } from '../../../content/model/source-schemas';
import { definedFields } from './defined-fields';
import { documentBase, type DerivedFields } from './document-base';
import { reviewTrailFields } from './review-trail-fields';

/** Task front matter -> compiled task (each outcome's `rests_on` also reaches `related` through the relations stage). */
export function taskDocument(s: TaskSource, derived: DerivedFields): TaskDocument {
  return {
    ...documentBase(s, { shortName: s.title, summary: s.summary, sections: [], topics: [] }, derived),
    kind: 'task',
    keywords: s.keywords,
    start: s.start,
    questions: s.questions.map((q) => ({
      id: q.id,
      text: q.text,
      ...definedFields({ help: q.help }),
      answers: q.answers.map((a) =>
        a.next !== undefined ? { label: a.label, next: a.next } : { label: a.label, outcome: a.outcome },
      ),
    })),
    outcomes: s.outcomes.map((o) => ({
      id: o.id,
      title: o.title,
      channel: o.channel,
      send: o.send,
      ...definedFields({ timeLimit: o.time_limit }),
      restsOn: o.rests_on,
      countryFields: o.country_fields,
    })),
    ...reviewTrailFields(s),
  };
}
