import { existsSync } from 'node:fs';
import { loadSearchEngine } from '../../renderer/search/search-engine';
import { markSnippet } from '../../renderer/search/snippet';
import { answerLines } from './answer-lines';
import { readCommandLine, wholeNumberProblem } from './command-line';
import { passagesPathOf, readSearchFiles } from './read-search-files';

/** `npm run -s search -- [--json] [--limit N] [--index FILE] QUERY...`: ranked results from the built bundle. */
function main(): number {
  const line = readCommandLine({
    script: 'search',
    usage: 'npm run -s search -- [--json] [--limit N] [--index FILE] QUERY...',
    summary:
      'Searches the built content bundle as the app does and prints the ranked results (run npm run content:build first).',
    options: {
      json: { type: 'boolean', default: false, help: 'print the results as JSON' },
      limit: { type: 'string', default: '10', value: 'N', help: 'how many results to print' },
      index: {
        type: 'string',
        default: 'dist/bundle/search-index.json',
        value: 'FILE',
        help: 'the search index to read, with its passage texts beside it',
      },
    },
    positionals: { min: 1, max: Number.POSITIVE_INFINITY, name: 'QUERY' },
    check: (values) => wholeNumberProblem('--limit', values.limit, 1),
  });
  if (!line.ok) return line.exitCode;
  const { values, positionals } = line;
  for (const path of [values.index, passagesPathOf(values.index)]) {
    if (!existsSync(path)) {
      console.error(
        `No search ${path === values.index ? 'index' : 'passage texts'} at ${path}: build the bundle first (npm run content:build).`,
      );
      return 1;
    }
  }
  const { index, passages } = readSearchFiles(values.index);
  const engine = loadSearchEngine(index, passages);
  const { results, total, answer, correction } = engine.search(positionals.join(' '), { limit: Number(values.limit) });
  if (values.json) {
    const rows = results.map((r) => ({
      kind: r.kind,
      id: r.id,
      title: r.title,
      celex: r.celex ?? null,
      status: r.status ?? null,
      standing: r.standing ?? null,
      anchor: r.anchor,
      score: r.score,
      snippet: markSnippet(r.snippet),
    }));
    console.log(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (correction) console.log(`Showing results for: ${correction.query}`);
  if (answer) console.log([...answerLines(answer), ''].join('\n'));
  if (results.length === 0) console.log('No results.');
  results.forEach((r, i) => {
    const standing = r.standing && [r.standing.key, r.standing.date].filter(Boolean).join(' ');
    const where = [r.celex, standing ?? r.status, r.headingPath.join(' › ')].filter(Boolean).join(' · ');
    console.log(
      `${i + 1}. [${r.kind}] ${r.shortName}${where ? `  (${where})` : ''}  ${r.id}${r.anchor ? `#${r.anchor}` : ''}`,
    );
    console.log(`   ${markSnippet(r.snippet, '\u001b[1m', '\u001b[22m')}`);
  });
  if (results.length > 0) console.log(`${results.length} of ${total} results`);
  return 0;
}

process.exitCode = main();
