import type { LanguageFile } from '../../content/model/language-file-schema';
import type { ReaderBundle } from '../bundle/bundle-context';
import { documentHref, termHref } from '../../content/model/links';
import { clockHref, compareHref, glossaryHref, viewHref } from '../routes';
import { foldedWords, foldText } from '../search/fold';
import { texts } from '../texts/active-texts';

const c = texts.palette.commands;

/** Something the command palette can jump to or do. */
export interface PaletteItem {
  key: string;
  label: string;
  /** What it is: a command, or a kind of page. */
  detail: string;
  /** Its name in the interface language, where that differs from the label (a glossary equivalent, a country's name). */
  translated?: { text: string; lang: string };
  /** Where it leads; items without one run `run` instead. */
  href?: string;
  run?: () => void;
  /** Folded words of the label and of other names it answers to (short name, abbreviations, number, CELEX). */
  names: string;
  /** Folded label, for "starts with" matching. */
  folded: string;
  /** Each name it answers to, folded, for exact matching ("SIS" is the system, before "SIS II"). */
  exact: string[];
}

function item(
  key: string,
  label: string,
  detail: string,
  others: readonly string[],
  target: { href: string } | { run: () => void },
  translated?: PaletteItem['translated'],
): PaletteItem {
  const all = [label, ...others].filter(Boolean);
  return {
    key,
    label,
    detail,
    ...target,
    ...(translated && translated.text !== label ? { translated } : {}),
    names: ` ${foldedWords(all.join(' ')).join(' ')}`,
    folded: foldText(label),
    exact: all.map((n) => foldedWords(n).join(' ')),
  };
}

/** A document's names in the interface language's file: official title and number, a body's name, a country's name. */
function translatedNames(doc: ReaderBundle['bundle']['documents'][number], file: LanguageFile): string[] {
  if (doc.kind === 'instrument') {
    const entry = file.instruments[doc.id];
    return entry ? [entry.title, entry.number ?? ''] : [];
  }
  if (doc.kind === 'body') return [file.bodies[doc.id]?.title ?? ''];
  if (doc.kind === 'country') return [file.countries[doc.id]?.name ?? ''];
  return [];
}

/**
 * The app's commands (Print only where no policy switched it off), then every document and glossary term of the
 * bundle. With the interface language's file, each also answers to its official title, number, equivalent or name in
 * that language, as well as to its English ones.
 */
export function paletteItems(
  { bundle }: ReaderBundle,
  printing = true,
  translations: LanguageFile | null = null,
): PaletteItem[] {
  const lang = translations?.language ?? 'en';
  const command = texts.palette.command;
  const commands = [
    item('cmd:home', c.home, command, ['home', 'start'], { href: viewHref('home') }),
    item('cmd:glossary', c.glossary, command, ['terms', 'abbreviations'], { href: glossaryHref() }),
    item('cmd:compare', c.compare, command, ['side by side'], { href: compareHref([]) }),
    item('cmd:timeline', c.timeline, command, ['dates', 'history'], { href: viewHref('timeline') }),
    item('cmd:bookmarks', c.bookmarks, command, ['saved'], { href: viewHref('bookmarks') }),
    item('cmd:about', c.about, command, ['version'], { href: viewHref('about') }),
    ...(printing ? [item('cmd:print', c.print, command, [], { run: () => window.print() })] : []),
    item('cmd:clock', c.clock, command, ['deadline', 'time limit', 'due date'], { href: clockHref() }),
  ];
  const documents = bundle.documents.map((doc) =>
    item(
      `doc:${doc.id}`,
      doc.kind === 'instrument' || doc.kind === 'body' ? doc.shortName : doc.title,
      texts.kinds[doc.kind],
      [
        doc.title,
        ...(doc.kind === 'instrument'
          ? [...doc.abbreviations, doc.number ?? '', doc.celex ?? '']
          : doc.kind === 'body'
            ? doc.abbreviations
            : []),
        ...(doc.kind === 'task' ? [doc.summary, ...doc.keywords] : []),
        ...(translations ? translatedNames(doc, translations) : []),
      ],
      { href: documentHref(doc.id) },
      doc.kind === 'country' && translations?.countries[doc.id]
        ? { text: translations.countries[doc.id]?.name ?? '', lang }
        : undefined,
    ),
  );
  const terms = bundle.terms.map((term) => {
    const equivalent = translations?.terms[term.id];
    return item(
      `term:${term.id}`,
      term.term,
      texts.kinds.term,
      [...term.abbreviations, term.expansion ?? '', ...(equivalent ? [equivalent.term, ...equivalent.aliases] : [])],
      { href: termHref(term.id) },
      equivalent ? { text: equivalent.term, lang } : undefined,
    );
  });
  return [...commands, ...documents, ...terms];
}

// Among equals, commands and documents come before glossary terms: the act is what an officer is after.
const rank = (candidate: PaletteItem) => (candidate.key.startsWith('term:') ? 1 : 0);

function score(candidate: PaletteItem, folded: string, words: readonly string[]): number {
  if (candidate.folded === folded) return 5;
  if (candidate.exact.includes(words.join(' '))) return 4;
  if (candidate.folded.startsWith(folded)) return 3;
  if (words.every((w) => candidate.names.includes(` ${w}`))) return 2;
  if (words.every((w) => candidate.names.includes(w))) return 1;
  return 0;
}

/** The items a query names, best first: exact label or name, label start, word starts, then anywhere; commands alone when empty. */
export function matchPaletteItems(items: readonly PaletteItem[], query: string, limit = 30): PaletteItem[] {
  const folded = foldText(query.trim());
  const words = foldedWords(query);
  if (words.length === 0) return items.filter((i) => i.key.startsWith('cmd:')).slice(0, limit);
  return items
    .map((candidate, order) => ({ candidate, order, score: score(candidate, folded, words) }))
    .filter((m) => m.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        rank(a.candidate) - rank(b.candidate) ||
        a.candidate.label.length - b.candidate.label.length ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map((m) => m.candidate);
}
