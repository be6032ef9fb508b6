import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LanguageFile } from '../../content/model/language-file-schema';
import { isUiLanguage, languageFileName, type UiLanguage } from '../../content/model/languages';
import { loadSearchEngine } from '../../renderer/search/search-engine';
import { markSnippet } from '../../renderer/search/snippet';
import { answerLines } from './answer-lines';
import { readCommandLine, wholeNumberProblem } from './command-line';
import { passagesPathOf, readSearchFiles } from './read-search-files';
import { searchLines } from './search-lines';

/** The bundle's official titles in `language` beside the index, or null for English or a bundle without them. */
function readTranslations(indexPath: string, language: UiLanguage): LanguageFile | null {
  if (language === 'en') return null;
  const path = join(dirname(indexPath), languageFileName(language));
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as LanguageFile) : null;
}

/** `npm run -s search -- [--json] [--lang LANG] [--limit N] [--index FILE] QUERY...`: ranked results from the built bundle. */
function main(): number {
  const line = readCommandLine({
    script: 'search',
    usage: 'npm run -s search -- [--json] [--lang en|fr|de] [--limit N] [--index FILE] QUERY...',
    summary:
      'Searches the built content bundle as the app does and prints the ranked results (run npm run content:build first).',
    options: {
      json: { type: 'boolean', default: false, help: 'print the results as JSON' },
      lang: {
        type: 'string',
        default: 'en',
        value: 'LANG',
        help: 'the language of the printed results (en, fr or de): kinds, standings, counts and official titles',
      },
      limit: { type: 'string', default: '10', value: 'N', help: 'how many results to print' },
      index: {
        type: 'string',
        default: 'dist/bundle/search-index.json',
        value: 'FILE',
        help: 'the search index to read, with its passage texts beside it',
      },
    },
    positionals: { min: 1, max: Number.POSITIVE_INFINITY, name: 'QUERY' },
    check: (values) =>
      wholeNumberProblem('--limit', values.limit, 1) ??
      (isUiLanguage(values.lang) ? undefined : `--lang must be en, fr or de, not ${JSON.stringify(values.lang)}`),
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
  const language = values.lang as UiLanguage;
  const lines = searchLines(results, total, positionals.join(' '), {
    language,
    translations: readTranslations(values.index, language),
    mark: ['\u001b[1m', '\u001b[22m'],
  });
  console.log(lines.join('\n'));
  return 0;
}

process.exitCode = main();
