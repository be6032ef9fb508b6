import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { syntheticCorpus } from './search-synthetic';

const TYPES: Record<string, string> = {
  Regulation: 'R',
  Directive: 'L',
  Decision: 'D',
  'Framework Decision': 'F',
  Communication: 'DC',
};

// Every source says when it was checked and against what; synthetic documents name a made-up secondary source.
const REVIEW_TRAIL = {
  checked: '2026-01-01',
  sources: [{ title: 'Synthetic source for benchmarks', url: 'https://example.org/synthetic', secondary: true }],
};

/** Writes a content folder of `count` passage-rich instrument documents (the search bench's corpus, as Markdown sources). */
export function writeSyntheticContent(dir: string, count: number, words = 400): void {
  const { docs, passages } = syntheticCorpus(count, words);
  for (const folder of ['instruments', 'sections']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(
    join(dir, 'bundle.yaml'),
    stringify({ id: 'synthetic', title: 'Synthetic', language: 'en', version: '1.0.0', content_date: '2026-01-01' }),
  );
  writeFileSync(
    join(dir, 'glossary.yaml'),
    stringify([
      {
        id: 'law-enforcement-authority',
        term: 'law enforcement authority',
        abbreviations: ['LEA'],
        definition: 'A police or customs body.',
      },
    ]),
  );
  const topics = [...new Set(docs.flatMap((doc) => doc.topics))].sort();
  writeFileSync(join(dir, 'topics.yaml'), stringify(topics.map((id) => ({ id, title: `Topic ${id}` }))));
  writeFileSync(
    join(dir, 'sections', 'all.md'),
    `---\nid: all\ntitle: All\norder: 1\nsummary: Every synthetic document.\n${stringify(REVIEW_TRAIL)}---\nEverything.\n`,
  );
  const byDoc = new Map<string, typeof passages>();
  for (const p of passages) byDoc.set(p.doc, [...(byDoc.get(p.doc) ?? []), p]);
  for (const [i, doc] of docs.entries()) {
    const year = doc.year ?? 2000;
    const type = doc.type ?? 'Regulation';
    const front = {
      id: doc.id,
      short_name: doc.shortName,
      abbreviations: doc.abbreviations,
      title: doc.title,
      type,
      number: `${year}/${i + 1}`,
      celex: `3${year}${TYPES[type] ?? 'R'}${String((i % 9999) + 1).padStart(4, '0')}`,
      adopted: `${year}-06-15`,
      status: doc.status ?? 'in-force',
      status_note: 'Synthetic document for benchmarks.',
      topics: doc.topics,
      sections: ['all'],
      related: i > 0 ? [docs[i - 1]?.id ?? doc.id] : [],
      ...REVIEW_TRAIL,
    };
    const body = (byDoc.get(doc.id) ?? [])
      .map((p) => (p.headingPath.length ? `## ${p.headingPath.join(' ')}\n\n${p.text}\n` : `${p.text}\n`))
      .join('\n');
    writeFileSync(join(dir, 'instruments', `${doc.id}.md`), `---\n${stringify(front)}---\n${body}`);
  }
}
