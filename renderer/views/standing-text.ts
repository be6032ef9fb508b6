import type { RelationEffect, Standing } from '../../content/model/standing';
import { texts } from '../texts/active-texts';
import { formatDate } from './format-date';

/** A badge's text: the standing's label, with the date where the label needs one ("Applies from 12 January 2027"). */
export function standingBadgeText(standing: Standing): string {
  const label = texts.standing[standing.key];
  return standing.key === 'applies-from' && standing.date ? `${label} ${formatDate(standing.date)}` : label;
}

/** The standing in a sentence with its date, for the top of a document page. */
export function standingSentence(standing: Standing): string {
  const t = texts.standingSentence;
  const date = standing.date && formatDate(standing.date);
  if (!date) return texts.standing[standing.key];
  switch (standing.key) {
    case 'in-force':
      return t.appliesSince(date);
    case 'applies-from':
      return t.appliesFrom(date);
    case 'repeal-pending':
      return t.repealOn(date);
    case 'repealed':
    case 'annulled':
    case 'expired':
      return t.endedOn(texts.standing[standing.key], date);
    default:
      return texts.standing[standing.key];
  }
}

/** When a repeal, amendment or replacement takes effect, in words, measured against the content date. */
export function effectText(effect: RelationEffect, contentDate: string): string {
  if (effect.pending) return texts.effect.pending(effect.pending);
  if (!effect.date) return '';
  const when =
    effect.date > contentDate
      ? texts.effect.from(formatDate(effect.date))
      : texts.effect.since(formatDate(effect.date));
  return effect.note ? `${when} (${effect.note})` : when;
}
