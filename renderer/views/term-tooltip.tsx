import type { Term } from '../../content/model/bundle-schema';
import { termHref } from '../../content/model/links';
import { texts } from '../texts/active-texts';

/** Where a tooltip sits, relative to the body that holds the term. */
export interface TooltipPlace {
  top: number;
  left: number;
}

/** A term's definition next to where it is used, with a link to its glossary page. */
export function TermTooltip({
  id,
  term,
  place,
  onPointerEnter,
  onPointerLeave,
}: {
  id: string;
  term: Term;
  place: TooltipPlace;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  return (
    <div
      id={id}
      role="tooltip"
      className="term-tooltip"
      style={place}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      <strong>{term.term}</strong>
      {term.expansion && <span> ({term.expansion})</span>}
      <p>{term.definition}</p>
      <a href={termHref(term.id)} tabIndex={-1}>
        {texts.term.open(term.term)}
      </a>
    </div>
  );
}
