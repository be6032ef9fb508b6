import type { PassageWithText, SearchDoc, SearchFiles } from '../../content/model/search-index-schema';
import { buildSearchIndex } from '../../renderer/search/build-index';

/** A synthetic corpus in the search index's own shape, before indexing. */
export interface SyntheticCorpus {
  docs: SearchDoc[];
  passages: PassageWithText[];
}

/** Small deterministic PRNG (mulberry32), so every bench run sees the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEGAL_WORDS = (
  'information exchange law enforcement authorities member states police cooperation directive regulation decision ' +
  'framework council parliament european union data protection personal processing access request requested requesting ' +
  'competent authority national contact point single officer investigation criminal offence offences serious crime ' +
  'terrorism prevention detection prosecution europol eurojust schengen border alert alerts system systems database ' +
  'fingerprint fingerprints dna profiles vehicle registration passenger records retention period deadline days hours ' +
  'urgent cases refusal grounds judicial court justice fundamental rights supervisory transfer third countries agency ' +
  'network secure channel application article paragraph annex provisions implementing delegated acts commission report ' +
  'evaluation review amendment repeal entry force application transposition obligations measures operational joint teams ' +
  'training funding programme security internal strategy cycle priorities threat assessment cybercrime trafficking drugs ' +
  'firearms migrant smuggling money laundering corruption fraud evidence electronic service providers preservation order ' +
  'production hit match comparison automated search consultation reference index interoperability identity detector ' +
  'visa travel authorisation entry exit biometric facial image identification verification'
).split(' ');
const STOPS =
  'the of and to in a for by on with that is be or as are from at this which an its their shall may must not'.split(
    ' ',
  );
const SYLLABLES =
  'ka ro mi tel sen dor vax lin pre qua tion ment ber cal dis gra ver mon tur fel pan cor sil ant ium'.split(' ');

function syntheticWords(count: number, random: () => number): string[] {
  const words = new Set(LEGAL_WORDS);
  while (words.size < count) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** Generates `count` documents of about `words` words each, in four headed passages, with Zipf-distributed vocabulary. */
export function syntheticCorpus(count: number, words = 400, seed = 42): SyntheticCorpus {
  const random = seededRandom(seed);
  const vocabulary = syntheticWords(20_000, random);
  // Zipf's law over the vocabulary: cumulative weights 1/rank, sampled by binary search.
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 1; r <= vocabulary.length; r++) cumulative.push((total += 1 / r));
  const word = (): string => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo] ?? 'data';
  };
  const sentence = (n: number): string => {
    const out: string[] = [];
    for (let i = 0; i < n; i++)
      out.push(random() < 0.35 ? (STOPS[Math.floor(random() * STOPS.length)] ?? 'the') : word());
    return out.join(' ');
  };
  const types = ['Regulation', 'Directive', 'Decision', 'Framework Decision', 'Communication'];
  const statuses = ['in-force', 'in-force', 'in-force', 'amended', 'repealed', 'expired'] as const;
  const docs: SearchDoc[] = [];
  const passages: PassageWithText[] = [];
  for (let i = 0; i < count; i++) {
    const year = 1995 + Math.floor(random() * 30);
    const number = 1 + Math.floor(random() * 2000);
    const type = types[Math.floor(random() * types.length)] ?? 'Regulation';
    const celex = `3${year}${type === 'Directive' ? 'L' : type === 'Regulation' ? 'R' : 'D'}${String(number).padStart(4, '0')}`;
    const id = `doc-${i}`;
    const abbreviation = `${word().slice(0, 3)}${i}`.toUpperCase();
    docs.push({
      id,
      kind: 'instrument',
      title: `${type} ${year}/${number} on ${sentence(10)}`,
      shortName: `${sentence(2)} ${type}`,
      abbreviations: [abbreviation],
      identifiers: [celex, `${year}/${number}`],
      celex,
      status: statuses[Math.floor(random() * statuses.length)] ?? 'in-force',
      type,
      topics: [`topic-${Math.floor(random() * 20)}`],
      year,
    });
    const perPassage = Math.round(words / 4);
    passages.push({ doc: id, anchor: '', headingPath: [], text: sentence(perPassage) });
    for (let p = 1; p < 4; p++) {
      const heading = sentence(3);
      passages.push({ doc: id, anchor: `section-${p}`, headingPath: [heading], text: sentence(perPassage) });
    }
  }
  return { docs, passages };
}

/** Builds our search index and passage texts for a synthetic corpus. */
export function syntheticSearchFiles(corpus: SyntheticCorpus): SearchFiles {
  return buildSearchIndex(corpus.docs, corpus.passages, []);
}
