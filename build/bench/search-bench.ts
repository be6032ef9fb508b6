import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { SearchDoc, SearchFiles, SearchPassagesFile } from '../../content/model/search-index-schema';
import { foldText } from '../../renderer/search/fold';
import { loadSearchEngine } from '../../renderer/search/search-engine';
import { evaluateRelevance, readRelevanceSet, RELEVANCE_SETS, type RelevanceSet } from './search-relevance';
import { readCommandLine, wholeNumberListProblem } from '../cli/command-line';
import { readSearchFiles } from '../cli/read-search-files';
import { seededRandom, syntheticCorpus, syntheticSearchFiles } from './search-synthetic';

type Mode = 'exact' | 'prefix' | 'typo';
interface Engine {
  search(q: string, mode: Mode): SearchDoc[];
}
/** An engine's files: its index and, where it keeps them apart, the passage texts that snippets quote. */
interface Serialised {
  index: string;
  texts?: string;
}
interface EngineFactory {
  name: string;
  serialise(files: SearchFiles): Serialised;
  /** Parses the passage texts (timed on its own); only engines that keep them apart have it. */
  loadTexts?(texts: string): unknown;
  /** Loads the index, with the texts loadTexts returned. */
  load(index: string, texts: unknown, files: SearchFiles): Engine;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const mib = (bytes: number) => round(bytes / 2 ** 20, 2);
const docsOf = ({ index }: SearchFiles) => new Map(index.docs.map((d) => [d.id, d]));
const rollUp = (files: SearchFiles, passageIds: number[]): SearchDoc[] => {
  const docs = docsOf(files);
  const seen = new Set<string>();
  const out: SearchDoc[] = [];
  for (const p of passageIds) {
    const id = files.index.passages[p]?.doc;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push(docs.get(id) as SearchDoc);
  }
  return out;
};
const passageRecords = (files: SearchFiles) => {
  const docs = docsOf(files);
  return files.index.passages.map((p, i) => {
    const doc = docs.get(p.doc) as SearchDoc;
    const first = p.anchor === '';
    return {
      id: i,
      title: first ? `${doc.title} ${doc.shortName}` : '',
      abbreviations: first ? doc.abbreviations.join(' ') : '',
      headings: p.headingPath.join(' '),
      body: files.passages.texts[i] ?? '',
    };
  });
};

/** Ours: the compact prebuilt lunr index with our query layer, and the passage texts in a file of their own. */
const ours: EngineFactory = {
  name: 'ours (lunr)',
  serialise: (files) => ({ index: JSON.stringify(files.index), texts: JSON.stringify(files.passages) }),
  loadTexts: (texts) => JSON.parse(texts) as SearchPassagesFile,
  load(index, texts) {
    const engine = loadSearchEngine(JSON.parse(index) as SearchFiles['index'], texts as SearchPassagesFile);
    return {
      search: (q, mode) => engine.search(q, { limit: 10, typing: mode === 'prefix' }).results.map((r) => r.doc),
    };
  },
};

/** Before: lunr's defaults (one ref per passage, default pipeline, `word*` and `word~1` from the query string). */
const plainLunr: EngineFactory = {
  name: 'plain lunr (before)',
  serialise(files) {
    const records = passageRecords(files);
    const index = lunr(function build() {
      this.ref('id');
      this.field('title', { boost: 10 });
      this.field('abbreviations', { boost: 8 });
      this.field('headings', { boost: 3 });
      this.field('body');
      for (const r of records) this.add(r);
    });
    return { index: JSON.stringify(index) };
  },
  load(serialised, _texts, files) {
    const index = lunr.Index.load(JSON.parse(serialised));
    return {
      search(q, mode) {
        const words = foldText(q).match(/[\p{L}\p{N}]+/gu) ?? [];
        const text = words
          .map((w, i) =>
            i < words.length - 1 ? w : mode === 'prefix' ? `${w}*` : mode === 'typo' && w.length >= 5 ? `${w}~1` : w,
          )
          .join(' ');
        try {
          return rollUp(
            files,
            index
              .search(text)
              .slice(0, 200)
              .map((r) => Number(r.ref)),
          ).slice(0, 10);
        } catch {
          return [];
        }
      },
    };
  },
};

const miniOptions = {
  fields: ['title', 'abbreviations', 'headings', 'body'],
  idField: 'id',
  processTerm: (t: string) => foldText(t),
};
const miniSearch: EngineFactory = {
  name: 'MiniSearch',
  serialise(files) {
    const ms = new MiniSearch(miniOptions);
    ms.addAll(passageRecords(files));
    return { index: JSON.stringify(ms) };
  },
  load(serialised, _texts, files) {
    const ms = MiniSearch.loadJSON(serialised, miniOptions);
    const boost = { title: 10, abbreviations: 8, headings: 3 };
    return {
      search(q, mode) {
        const results = ms.search(q, {
          boost,
          prefix: (_t, i, terms) => mode === 'prefix' && i === terms.length - 1,
          fuzzy: mode === 'typo' ? 0.2 : false,
        });
        return rollUp(
          files,
          results.slice(0, 200).map((r) => Number(r.id)),
        ).slice(0, 10);
      },
    };
  },
};

interface FlexDocument {
  add(doc: object): void;
  search(q: string, options: object): { field: string; result: number[] }[];
  export(handler: (key: string, data: string) => void): unknown;
  import(key: string, data: string): unknown;
}
const flexOptions = {
  tokenize: 'forward',
  encoder: { normalize: true },
  document: { id: 'id', index: ['title', 'abbreviations', 'headings', 'body'] },
};
const flexSearch = async (): Promise<EngineFactory> => {
  const { Document } = (await import('flexsearch')) as unknown as { Document: new (o: object) => FlexDocument };
  return {
    name: 'FlexSearch',
    serialise(files) {
      const index = new Document(flexOptions);
      for (const r of passageRecords(files)) index.add(r);
      const parts: [string, string][] = [];
      void index.export((key, data) => void parts.push([key, data]));
      return { index: JSON.stringify(parts) };
    },
    load(serialised, _texts, files) {
      const index = new Document(flexOptions);
      for (const [key, data] of JSON.parse(serialised) as [string, string][]) void index.import(key, data);
      const weight: Record<string, number> = { title: 10, abbreviations: 8, headings: 3, body: 1 };
      return {
        search(q) {
          const scores = new Map<number, number>();
          for (const { field, result } of index.search(q, { limit: 200 })) {
            result.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + (weight[field] ?? 1) / (rank + 1)));
          }
          return rollUp(
            files,
            [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id),
          ).slice(0, 10);
        },
      };
    },
  };
};

/** Benchmark queries drawn from the corpus: two-word exact, typing prefixes of the last word, one-letter typos. */
function queriesFor({ passages }: SearchFiles, count = 150, seed = 7): Record<Mode, string[]> {
  const random = seededRandom(seed);
  const words = (text: string) =>
    (text.match(/\p{L}{4,}/gu) ?? []).filter((w) => !/^(that|this|with|from|shall|which|must)$/i.test(w));
  const exact: string[] = [];
  const prefix: string[] = [];
  const typo: string[] = [];
  while (exact.length < count) {
    const ws = words(passages.texts[Math.floor(random() * passages.texts.length)] ?? '');
    if (ws.length < 2) continue;
    const i = Math.floor(random() * (ws.length - 1));
    const [a = '', b = ''] = [ws[i], ws[i + 1]];
    exact.push(`${a} ${b}`);
    for (let n = 2; n <= b.length && prefix.length < count * 3; n++) prefix.push(`${a} ${b.slice(0, n)}`);
    const long = ws.find((w) => w.length >= 6);
    if (long) {
      const at = 1 + Math.floor(random() * (long.length - 2));
      typo.push(
        `${long.slice(0, at)}${long[at + 1] ?? ''}${long[at] ?? ''}${long.slice(at + 2)}`.replace(/^(.{3})./, '$1x'),
      );
    }
  }
  return { exact, prefix: prefix.slice(0, count * 3), typo: typo.slice(0, count) };
}

/** Untimed queries per mode before the timed ones. */
const WARM_UP_QUERIES = 30;

interface Row {
  corpus: string;
  engine: string;
  docs: number;
  passages: number;
  /** The index file alone, raw and gzip. */
  sizeMiB: number;
  gzipMiB: number;
  /** The passage texts file, for engines that keep one. */
  textsMiB?: number;
  textsGzipMiB?: number;
  /** Parsing and loading the index, ready to rank. */
  loadMs: number;
  /** Parsing the passage texts, which snippets and phrases need. */
  textsLoadMs?: number;
  /** Heap held by the loaded engine after a full collection. */
  heapMiB: number;
  /** Highest heap use sampled while loading and querying, above the heap before loading. */
  peakHeapMiB: number;
  p50: Record<Mode, number>;
  p95: Record<Mode, number>;
  /** hit@1 and hit@5 per relevance set (real bundle only). */
  relevance?: Partial<Record<RelevanceSet['name'], { hitAt1: number; hitAt5: number }>>;
}

/** A full collection; the bench script runs Node with --expose-gc so heap figures are not noise. */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined)
    throw new Error('Run with node --expose-gc (npm run bench:search does) so heap figures mean something.');
  gc();
}

const timed = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
};

function measure(corpus: string, files: SearchFiles, factory: EngineFactory, withRelevance: boolean): Row {
  const serialised = factory.serialise(files);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const loads: number[] = [];
  const textLoads: number[] = [];
  let engine: Engine | undefined;
  for (let i = 0; i < 3; i++) {
    const [texts, textsMs] = timed(() =>
      serialised.texts !== undefined ? factory.loadTexts?.(serialised.texts) : undefined,
    );
    textLoads.push(textsMs);
    const [loaded, indexMs] = timed(() => factory.load(serialised.index, texts, files));
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    engine = loaded;
    loads.push(indexMs);
  }
  const ready = engine as Engine;
  collectGarbage();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  const queries = queriesFor(files);
  // Warm-up queries of their own, so that the timed ones measure the engine, not the JIT compiler.
  const warmUp = queriesFor(files, WARM_UP_QUERIES, 11);
  const p50 = {} as Record<Mode, number>;
  const p95 = {} as Record<Mode, number>;
  for (const mode of ['exact', 'prefix', 'typo'] as Mode[]) {
    for (const q of warmUp[mode]) ready.search(q, mode);
    const times = queries[mode].map((q) => {
      const started = performance.now();
      ready.search(q, mode);
      return performance.now() - started;
    });
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    p50[mode] = round(percentile(times, 50));
    p95[mode] = round(percentile(times, 95));
  }
  const row: Row = {
    corpus,
    engine: factory.name,
    docs: files.index.docs.length,
    passages: files.index.passages.length,
    sizeMiB: mib(Buffer.byteLength(serialised.index)),
    gzipMiB: mib(gzipSync(serialised.index).length),
    ...(serialised.texts === undefined
      ? {}
      : { textsMiB: mib(Buffer.byteLength(serialised.texts)), textsGzipMiB: mib(gzipSync(serialised.texts).length) }),
    loadMs: round(percentile(loads, 50), 1),
    ...(serialised.texts === undefined ? {} : { textsLoadMs: round(percentile(textLoads, 50), 1) }),
    heapMiB: mib(Math.max(0, retained)),
    peakHeapMiB: mib(Math.max(0, peak - heapBefore)),
    p50,
    p95,
  };
  if (withRelevance) {
    row.relevance = {};
    for (const set of RELEVANCE_SETS) {
      const report = evaluateRelevance(readRelevanceSet(set.file), (q) => ready.search(q, 'exact'));
      row.relevance[set.name] = { hitAt1: round(report.hitAt1), hitAt5: round(report.hitAt5) };
    }
  }
  return row;
}

/** The engines --engines can name. */
const ENGINE_KEYS = ['ours', 'lunr', 'minisearch', 'flexsearch'];

async function main(): Promise<number> {
  const line = readCommandLine({
    script: 'bench:search',
    usage: 'npm run -s bench:search -- [--json] [--engines LIST] [--sizes N,N] [--index FILE]',
    summary:
      'Measures our search against plain lunr, MiniSearch and FlexSearch on the built bundle and synthetic corpora: index size, load time, heap, p50/p95 per query mode, and hit@1/hit@5 on each relevance set of tests/relevance/.',
    options: {
      json: { type: 'boolean', default: false, help: 'print the figures as JSON at the end (progress goes to stderr)' },
      engines: {
        type: 'string',
        default: ENGINE_KEYS.join(','),
        value: 'LIST',
        help: 'which engines to measure, separated by commas',
      },
      sizes: {
        type: 'string',
        default: '1000,10000',
        value: 'N,N',
        help: 'the sizes of the synthetic corpora, in documents; 0 for none',
      },
      index: {
        type: 'string',
        default: 'dist/bundle/search-index.json',
        value: 'FILE',
        help: 'the built search index, with its passage texts beside it',
      },
    },
    check: (values) => {
      const unknown = values.engines.split(',').find((key) => !ENGINE_KEYS.includes(key));
      return unknown === undefined
        ? wholeNumberListProblem('--sizes', values.sizes, 0)
        : `--engines: no engine "${unknown}" (${ENGINE_KEYS.join(', ')})`;
    },
  });
  if (!line.ok) return line.exitCode;
  const { values } = line;
  const wanted = new Set(values.engines.split(','));
  const named: [string, EngineFactory][] = [
    ['ours', ours],
    ['lunr', plainLunr],
    ['minisearch', miniSearch],
    ['flexsearch', await flexSearch()],
  ];
  const factories = named.filter(([key]) => wanted.has(key)).map(([, factory]) => factory);
  // Each corpus is built when its turn comes and dropped after, so that one corpus's load time does not
  // pay for collecting the heap that holds the next, larger one.
  const corpora: { name: string; files: () => SearchFiles; relevance: boolean }[] = [];
  if (existsSync(values.index))
    corpora.push({ name: 'real bundle', files: () => readSearchFiles(values.index), relevance: true });
  else
    console.error(
      `No real bundle at ${values.index}: build it with npm run content:build; benchmarking synthetic corpora only.`,
    );
  for (const size of values.sizes
    .split(',')
    .map(Number)
    .filter((n) => n > 0))
    corpora.push({
      name: `synthetic ${size}`,
      files: () => syntheticSearchFiles(syntheticCorpus(size)),
      relevance: false,
    });
  const rows: Row[] = [];
  for (const corpus of corpora) {
    const files = corpus.files();
    for (const factory of factories) {
      // Progress on stderr: a full run takes minutes and --json prints only at the end.
      if (values.json) console.error(`${corpus.name}: ${factory.name}...`);
      const row = measure(corpus.name, files, factory, corpus.relevance);
      rows.push(row);
      if (!values.json) {
        const rel = Object.entries(row.relevance ?? {})
          .map(([set, r]) => `  ${set} hit@1 ${r.hitAt1} hit@5 ${r.hitAt5}`)
          .join('');
        const texts =
          row.textsMiB === undefined
            ? ''
            : `  texts ${row.textsMiB} MiB (gz ${row.textsGzipMiB}) load ${row.textsLoadMs} ms`;
        console.log(
          `${row.corpus.padEnd(16)} ${row.engine.padEnd(20)} ${row.sizeMiB} MiB (gz ${row.gzipMiB})  load ${row.loadMs} ms${texts}  heap ${row.heapMiB} MiB (peak ${row.peakHeapMiB})  p50/p95 exact ${row.p50.exact}/${row.p95.exact} prefix ${row.p50.prefix}/${row.p95.prefix} typo ${row.p50.typo}/${row.p95.typo} ms${rel}`,
        );
      }
    }
  }
  if (values.json) console.log(JSON.stringify(rows, null, 2));
  return 0;
}

process.exitCode = await main();
