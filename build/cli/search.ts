import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadSearchEngine } from '../../renderer/search/search-engine';
import { markSnippet } from '../../renderer/search/snippet';
import { passagesPathOf, readSearchFiles } from './read-search-files';

/** `npm run -s search -- [--json] [--limit N] [--index FILE] "query"`: ranked results from the built bundle. */
function main(): number {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: '10' },
      index: { type: 'string', default: 'dist/bundle/search-index.json' },
    },
  });
  for (const path of [values.index, passagesPathOf(values.index)]) {
    if (!existsSync(path)) {
      console.error(`No search ${path === values.index ? 'index' : 'passage texts'} at ${path}: build the bundle first (npm run content:build).`);
      return 2;
    }
  }
  const { index, passages } = readSearchFiles(values.index);
  const engine = loadSearchEngine(index, passages);
  const limit = Number.parseInt(values.limit, 10);
  const { results, total } = engine.search(positionals.join(' '), { limit: Number.isFinite(limit) ? limit : 10 });
  if (values.json) {
    const rows = results.map((r) => ({ kind: r.kind, id: r.id, title: r.title, celex: r.celex ?? null, status: r.status ?? null, anchor: r.anchor, score: r.score, snippet: markSnippet(r.snippet) }));
    console.log(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (results.length === 0) console.log('No results.');
  results.forEach((r, i) => {
    const where = [r.celex, r.status, r.headingPath.join(' › ')].filter(Boolean).join(' · ');
    console.log(`${i + 1}. [${r.kind}] ${r.shortName}${where ? `  (${where})` : ''}  ${r.id}${r.anchor ? `#${r.anchor}` : ''}`);
    console.log(`   ${markSnippet(r.snippet, '\u001b[1m', '\u001b[22m')}`);
  });
  if (results.length > 0) console.log(`${results.length} of ${total} results`);
  return 0;
}

process.exitCode = main();
