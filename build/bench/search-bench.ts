import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { SearchDoc, SearchIndexFile } from '../../content/model/search-index-schema';
import { foldText } from '../../renderer/search/fold';
import { loadSearchEngine } from '../../renderer/search/search-engine';
import { evaluateRelevance, readRelevanceSet } from './search-relevance';
import { seededRandom, syntheticCorpus, syntheticIndexFile } from './search-synthetic';

type Mode = 'exact' | 'prefix' | 'typo';
interface Engine {
  search(q: string, mode: Mode): SearchDoc[];
}
interface EngineFactory {
  name: string;
  serialise(file: SearchIndexFile): string;
  load(serialised: string, file: SearchIndexFile): Engine;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const mib = (bytes: number) => round(bytes / 2 ** 20, 2);
const docsOf = (file: SearchIndexFile) => new Map(file.docs.map((d) => [d.id, d]));
const rollUp = (file: SearchIndexFile, passageIds: number[]): SearchDoc[] => {
  const docs = docsOf(file);
  const seen = new Set<string>();
  const out: SearchDoc[] = [];
  for (const p of passageIds) {
    const id = file.passages[p]?.doc;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push(docs.get(id) as SearchDoc);
  }
  return out;
};
const passageRecords = (file: SearchIndexFile) => {
  const docs = docsOf(file);
  return file.passages.map((p, i) => {
    const doc = docs.get(p.doc) as SearchDoc;
    const first = p.anchor === '';
    return { id: i, title: first ? `${doc.title} ${doc.shortName}` : '', abbreviations: first ? doc.abbreviations.join(' ') : '', headings: p.headingPath.join(' '), body: p.text };
  });
};

/** Ours: the compact prebuilt lunr index with our query layer. */
const ours: EngineFactory = {
  name: 'ours (lunr)',
  serialise: (file) => JSON.stringify(file),
  load(serialised) {
    const engine = loadSearchEngine(JSON.parse(serialised) as SearchIndexFile);
    return { search: (q, mode) => engine.search(q, { limit: 10, typing: mode === 'prefix' }).results.map((r) => r.doc) };
  },
};

/** Before: lunr's defaults (one ref per passage, default pipeline, `word*` and `word~1` from the query string). */
const plainLunr: EngineFactory = {
  name: 'plain lunr (before)',
  serialise(file) {
    const records = passageRecords(file);
    const index = lunr(function build() {
      this.ref('id');
      this.field('title', { boost: 10 });
      this.field('abbreviations', { boost: 8 });
      this.field('headings', { boost: 3 });
      this.field('body');
      for (const r of records) this.add(r);
    });
    return JSON.stringify(index);
  },
  load(serialised, file) {
    const index = lunr.Index.load(JSON.parse(serialised));
    return {
      search(q, mode) {
        const words = foldText(q).match(/[\p{L}\p{N}]+/gu) ?? [];
        const text = words.map((w, i) => (i < words.length - 1 ? w : mode === 'prefix' ? `${w}*` : mode === 'typo' && w.length >= 5 ? `${w}~1` : w)).join(' ');
        try {
          return rollUp(file, index.search(text).slice(0, 200).map((r) => Number(r.ref))).slice(0, 10);
        } catch {
          return [];
        }
      },
    };
  },
};

const miniOptions = { fields: ['title', 'abbreviations', 'headings', 'body'], idField: 'id', processTerm: (t: string) => foldText(t) };
const miniSearch: EngineFactory = {
  name: 'MiniSearch',
  serialise(file) {
    const ms = new MiniSearch(miniOptions);
    ms.addAll(passageRecords(file));
    return JSON.stringify(ms);
  },
  load(serialised, file) {
    const ms = MiniSearch.loadJSON(serialised, miniOptions);
    const boost = { title: 10, abbreviations: 8, headings: 3 };
    return {
      search(q, mode) {
        const results = ms.search(q, { boost, prefix: (_t, i, terms) => mode === 'prefix' && i === terms.length - 1, fuzzy: mode === 'typo' ? 0.2 : false });
        return rollUp(file, results.slice(0, 200).map((r) => Number(r.id))).slice(0, 10);
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
    serialise(file) {
      const index = new Document(flexOptions);
      for (const r of passageRecords(file)) index.add(r);
      const parts: [string, string][] = [];
      void index.export((key, data) => void parts.push([key, data]));
      return JSON.stringify(parts);
    },
    load(serialised, file) {
      const index = new Document(flexOptions);
      for (const [key, data] of JSON.parse(serialised) as [string, string][]) void index.import(key, data);
      const weight: Record<string, number> = { title: 10, abbreviations: 8, headings: 3, body: 1 };
      return {
        search(q) {
          const scores = new Map<number, number>();
          for (const { field, result } of index.search(q, { limit: 200 })) {
            result.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + (weight[field] ?? 1) / (rank + 1)));
          }
          return rollUp(file, [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id)).slice(0, 10);
        },
      };
    },
  };
};

/** Benchmark queries drawn from the corpus: two-word exact, typing prefixes of the last word, one-letter typos. */
function queriesFor(file: SearchIndexFile, count = 150, seed = 7): Record<Mode, string[]> {
  const random = seededRandom(seed);
  const words = (text: string) => (text.match(/\p{L}{4,}/gu) ?? []).filter((w) => !/^(that|this|with|from|shall|which|must)$/i.test(w));
  const exact: string[] = [];
  const prefix: string[] = [];
  const typo: string[] = [];
  while (exact.length < count) {
    const passage = file.passages[Math.floor(random() * file.passages.length)];
    const ws = words(passage?.text ?? '');
    if (ws.length < 2) continue;
    const i = Math.floor(random() * (ws.length - 1));
    const [a = '', b = ''] = [ws[i], ws[i + 1]];
    exact.push(`${a} ${b}`);
    for (let n = 2; n <= b.length && prefix.length < count * 3; n++) prefix.push(`${a} ${b.slice(0, n)}`);
    const long = ws.find((w) => w.length >= 6);
    if (long) {
      const at = 1 + Math.floor(random() * (long.length - 2));
      typo.push(`${long.slice(0, at)}${long[at + 1] ?? ''}${long[at] ?? ''}${long.slice(at + 2)}`.replace(/^(.{3})./, '$1x'));
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
  sizeMiB: number;
  gzipMiB: number;
  loadMs: number;
  heapMiB: number;
  p50: Record<Mode, number>;
  p95: Record<Mode, number>;
  hitAt1?: number;
  hitAt5?: number;
}

function measure(corpus: string, file: SearchIndexFile, factory: EngineFactory, withRelevance: boolean): Row {
  const serialised = factory.serialise(file);
  const gz = gzipSync(serialised).length;
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const loads: number[] = [];
  let engine: Engine | undefined;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    engine = factory.load(serialised, file);
    loads.push(performance.now() - started);
  }
  const ready = engine as Engine;
  let peak = process.memoryUsage().heapUsed;
  const queries = queriesFor(file);
  // Warm-up queries of their own, so that the timed ones measure the engine, not the JIT compiler.
  const warmUp = queriesFor(file, WARM_UP_QUERIES, 11);
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
  const row: Row = { corpus, engine: factory.name, docs: file.docs.length, passages: file.passages.length, sizeMiB: mib(serialised.length), gzipMiB: mib(gz), loadMs: round(percentile(loads, 50), 1), heapMiB: mib(Math.max(0, peak - heapBefore)), p50, p95 };
  if (withRelevance) {
    const report = evaluateRelevance(readRelevanceSet(), (q) => ready.search(q, 'exact'));
    row.hitAt1 = round(report.hitAt1);
    row.hitAt5 = round(report.hitAt5);
  }
  return row;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      index: { type: 'string', default: 'dist/bundle/search-index.json' },
      sizes: { type: 'string', default: '1000,10000' },
      engines: { type: 'string', default: 'ours,lunr,minisearch,flexsearch' },
    },
  });
  const wanted = new Set(values.engines.split(','));
  const named: [string, EngineFactory][] = [['ours', ours], ['lunr', plainLunr], ['minisearch', miniSearch], ['flexsearch', await flexSearch()]];
  const factories = named.filter(([key]) => wanted.has(key)).map(([, factory]) => factory);
  const corpora: { name: string; file: SearchIndexFile; relevance: boolean }[] = [];
  if (existsSync(values.index)) corpora.push({ name: 'real bundle', file: JSON.parse(readFileSync(values.index, 'utf8')) as SearchIndexFile, relevance: true });
  else console.error(`No real bundle at ${values.index}: build it with npm run content:build; benchmarking synthetic corpora only.`);
  for (const size of values.sizes.split(',').map(Number).filter((n) => n > 0)) corpora.push({ name: `synthetic ${size}`, file: syntheticIndexFile(syntheticCorpus(size)), relevance: false });
  const rows: Row[] = [];
  for (const corpus of corpora) {
    for (const factory of factories) {
      // Progress on stderr: a full run takes minutes and --json prints only at the end.
      if (values.json) console.error(`${corpus.name}: ${factory.name}...`);
      const row = measure(corpus.name, corpus.file, factory, corpus.relevance);
      rows.push(row);
      if (!values.json) {
        const rel = row.hitAt1 === undefined ? '' : `  hit@1 ${row.hitAt1} hit@5 ${row.hitAt5}`;
        console.log(`${row.corpus.padEnd(16)} ${row.engine.padEnd(20)} ${row.sizeMiB} MiB (gz ${row.gzipMiB})  load ${row.loadMs} ms  heap ${row.heapMiB} MiB  p50/p95 exact ${row.p50.exact}/${row.p95.exact} prefix ${row.p50.prefix}/${row.p95.prefix} typo ${row.p50.typo}/${row.p95.typo} ms${rel}`);
      }
    }
  }
  if (values.json) console.log(JSON.stringify(rows, null, 2));
  return 0;
}

process.exitCode = await main();
