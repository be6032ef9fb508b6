import type { Bundle } from '../../content/model/bundle-schema';
import { BUNDLE_FORMAT } from '../../content/model/formats';
import { answerFacts } from './answer-facts';
import { calendarCheck } from './calendar-check';
import { checkOutput } from './check-output';
import { checkTasks } from './check-tasks';
import { COMPILER_VERSION } from './compiler-version';
import { compileConcepts } from './concepts';
import { indexContent } from './index-content';
import { compileLanguages, knownIds } from './languages';
import { link } from './link';
import { load } from './load';
import { ContentProblems, sortProblems, type Problem } from './problems';
import { render } from './render';
import { checkTimeLimits, compileTimeLimits } from './time-limits';
import { validate } from './validate';
import { serialiseBundle, write } from './write';

/** Counts printed after a build. */
export interface CompileStats {
  sections: number;
  instruments: number;
  bodies: number;
  pages: number;
  countries: number;
  tasks: number;
  timeLimits: number;
  terms: number;
  languages: number;
  passages: number;
  words: number;
}

/** How a compile is run. */
export interface CompileOptions {
  /** The date dated facts are checked against; the content date of `bundle.yaml` when absent. */
  today?: string | undefined;
}

function stop(problems: Problem[]): never {
  throw new ContentProblems(sortProblems(problems));
}

/** Runs load -> validate -> render -> link and calendar check -> index and returns the serialised files; throws ContentProblems on any problem. */
export function compileContent(
  contentDir: string,
  options: CompileOptions = {},
): { files: Map<string, string>; stats: CompileStats } {
  const loaded = load(contentDir);
  const { valid, problems: invalid } = validate(loaded.content);
  if (!valid || loaded.problems.length + invalid.length > 0) stop([...loaded.problems, ...invalid]);
  const graphProblems = [...checkTasks(valid), ...checkTimeLimits(valid)];
  if (graphProblems.length > 0) stop(graphProblems);
  const { languages, problems: languageProblems } = compileLanguages(contentDir, knownIds(contentDir, valid));
  const { rendered, problems: renderProblems } = render(valid.documents);
  const { linked, trees, problems: linkProblems } = link(valid, rendered);
  const calendarProblems = calendarCheck(valid, options.today ?? valid.meta.content_date);
  const { concepts, problems: conceptProblems } = compileConcepts(
    contentDir,
    new Set(valid.documents.map((d) => d.data.id)),
  );
  const problems = [...languageProblems, ...renderProblems, ...linkProblems, ...calendarProblems, ...conceptProblems];
  if (!linked || !trees || problems.length > 0) stop(problems);
  const timeLimits = compileTimeLimits(valid);
  const search = indexContent(linked, trees, languages, {
    concepts,
    answers: answerFacts(linked.documents, timeLimits),
  });
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    id: valid.meta.id,
    title: valid.meta.title,
    language: valid.meta.language,
    version: valid.meta.version,
    contentDate: valid.meta.content_date,
    compilerVersion: COMPILER_VERSION,
    documents: linked.documents,
    terms: linked.terms,
    topics: linked.topics,
    timeLimits,
  };
  const count = (kind: string) => linked.documents.filter((d) => d.kind === kind).length;
  const stats: CompileStats = {
    sections: count('section'),
    instruments: count('instrument'),
    bodies: count('body'),
    pages: count('page'),
    countries: count('country'),
    tasks: count('task'),
    timeLimits: valid.timeLimits.length,
    terms: linked.terms.length,
    languages: languages.length,
    passages: search.index.passages.length,
    words: search.passages.texts.reduce((n, text) => n + (text.match(/\S+/g)?.length ?? 0), 0),
  };
  const output = { bundle, bodies: linked.bodies, search, languages };
  checkOutput(output);
  return { files: serialiseBundle(output), stats };
}

/** Checks the content only: every stage but writing. */
export function checkContent(contentDir: string, options: CompileOptions = {}): CompileStats {
  return compileContent(contentDir, options).stats;
}

/** Compiles `contentDir` into `outDir`; writes nothing if the content has problems. */
export function buildContent(contentDir: string, outDir: string, options: CompileOptions = {}): CompileStats {
  const { files, stats } = compileContent(contentDir, options);
  write(files, outDir);
  return stats;
}
