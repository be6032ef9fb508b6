import type { Document, InstrumentDocument } from '../../content/model/bundle-schema';
import { documentHref } from '../../content/model/links';
import { texts } from '../texts/active-texts';
import { formatDate } from '../views/format-date';
import { standingSentence } from '../views/standing-text';

/** One entry of a comparison cell: text, linked where it names another document. */
export interface CompareItem {
  text: string;
  href?: string;
}

/** One aspect compared across the chosen instruments: a cell (list of items) per instrument. */
export interface CompareRow {
  key: string;
  label: string;
  cells: CompareItem[][];
  /** True when the instruments do not all share the same value. */
  differs: boolean;
}

type Cell = (
  doc: InstrumentDocument,
  documents: ReadonlyMap<string, Document>,
  topics: ReadonlyMap<string, string>,
) => CompareItem[];

const m = texts.metadata;
const k = texts.keyFacts;
const c = texts.compareView;

const text = (value: string | undefined): CompareItem[] => (value ? [{ text: value }] : []);
const date = (value: string | undefined): CompareItem[] => text(value && formatDate(value));
const lines = (values: readonly string[] | undefined): CompareItem[] => (values ?? []).map((v) => ({ text: v }));
const links = (ids: readonly string[], documents: ReadonlyMap<string, Document>): CompareItem[] =>
  ids.map((id) => {
    const target = documents.get(id);
    return target ? { text: target.shortName || target.title, href: documentHref(id) } : { text: id };
  });

// Labels are read when the rows are built, not when this module loads, so they follow the interface language.
const ROWS: [key: string, label: () => string, cell: Cell][] = [
  ['type', () => m.type, (d) => text(texts.types[d.type])],
  ['number', () => m.number, (d) => text(d.number)],
  ['celex', () => m.celex, (d) => text(d.celex)],
  ['oj', () => m.oj, (d) => text(d.oj)],
  ['status', () => c.status, (d) => text(standingSentence(d.standing))],
  ['adopted', () => m.adopted, (d) => date(d.adopted)],
  ['entryIntoForce', () => m.entryIntoForce, (d) => date(d.entryIntoForce)],
  ['applicationDate', () => m.applicationDate, (d) => date(d.applicationDate)],
  ['endDate', () => m.endDate, (d) => date(d.endDate)],
  ['legalBasis', () => m.legalBasis, (d) => text(d.legalBasis)],
  ['data', () => k.data, (d) => lines(d.keyFacts?.data)],
  ['channels', () => k.channels, (d) => lines(d.keyFacts?.channels)],
  ['timeLimits', () => k.timeLimits, (d) => lines(d.keyFacts?.timeLimits)],
  ['access', () => k.access, (d) => lines(d.keyFacts?.access)],
  [
    'replaces',
    () => c.replaces,
    (d, docs) => links([...new Set([...d.relations.replaces, ...d.relations.repeals])], docs),
  ],
  [
    'replacedBy',
    () => c.replacedBy,
    (d, docs) => links([...new Set([...d.relations.replacedBy, ...d.relations.repealedBy])], docs),
  ],
  ['sections', () => c.sections, (d, docs) => links(d.sections, docs)],
  ['topics', () => m.topics, (d, _, topics) => d.topics.flatMap((t) => text(topics.get(t)))],
];

/** The aspects worth comparing for these instruments (topics by their titles); an aspect none of them has is left out. */
export function compareRows(
  instruments: readonly InstrumentDocument[],
  documents: ReadonlyMap<string, Document>,
  topics: ReadonlyMap<string, string>,
): CompareRow[] {
  return ROWS.map(([key, label, cell]) => {
    const cells = instruments.map((doc) => cell(doc, documents, topics));
    const shapes = new Set(cells.map((items) => JSON.stringify(items)));
    return { key, label: label(), cells, differs: shapes.size > 1 };
  }).filter((row) => row.cells.some((items) => items.length > 0));
}
