import type { Term } from '../../../content/model/bundle-schema';
import type { TermSource } from '../../../content/model/source-schemas';
import { definedFields } from './defined-fields';

/** Glossary entry -> compiled term; `usedIn` comes from the term-marking stage. */
export function termEntry(s: TermSource, usedIn: string[]): Term {
  return {
    id: s.id,
    term: s.term,
    abbreviations: s.abbreviations,
    ...definedFields({ expansion: s.expansion }),
    definition: s.definition,
    seeAlso: s.see_also,
    related: s.related,
    usedIn,
  };
}
