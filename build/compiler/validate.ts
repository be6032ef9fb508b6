import type { z } from 'zod';
import {
  bundleMetaSourceSchema,
  DOCUMENT_SOURCES,
  glossarySourceSchema,
  topicsSourceSchema,
  type BodySource,
  type BundleMetaSource,
  type InstrumentSource,
  type PageSource,
  type SectionSource,
  type TaskSource,
  type TermSource,
  timeLimitsSourceSchema,
  type TimeLimitSource,
  type TopicSource,
} from '../../content/model/source-schemas';
import { countryRuleIssues, type CountrySource } from '../../content/model/country-schemas';
import type { LoadedContent, LoadedMarkdown, LoadedYaml } from './load';
import type { Problem } from './problems';
import type { YamlSource } from './yaml-source';

interface Located {
  file: string;
  lineOf: YamlSource['lineOf'];
}

/** A validated Markdown document, its front matter typed by kind. */
export type ValidDocument = Located & { body: string; bodyLine: number } & (
    | { kind: 'page'; data: PageSource }
    | { kind: 'section'; data: SectionSource }
    | { kind: 'instrument'; data: InstrumentSource }
    | { kind: 'body'; data: BodySource }
    | { kind: 'country'; data: CountrySource }
    | { kind: 'task'; data: TaskSource }
  );

/** A validated entry of a YAML list (`glossary.yaml`, `topics.yaml`) with its position in the file. */
export type ValidEntry<T> = Located & { data: T; index: number };

/** A validated glossary entry with its position in `glossary.yaml`. */
export type ValidTerm = ValidEntry<TermSource>;

/** A validated topic with its position in `topics.yaml`. */
export type ValidTopic = ValidEntry<TopicSource>;

/** A validated structured time limit with its position in `time-limits.yaml`. */
export type ValidTimeLimit = ValidEntry<TimeLimitSource>;

/** Content that passed every schema and uniqueness check. */
export interface ValidContent {
  meta: BundleMetaSource;
  documents: ValidDocument[];
  terms: ValidTerm[];
  topics: ValidTopic[];
  timeLimits: ValidTimeLimit[];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Turns zod issues into located problems; a value that is absent is reported as required (shared by every YAML stage). */
export function issuesToProblems(
  error: z.ZodError,
  data: unknown,
  file: string,
  lineOf: YamlSource['lineOf'],
  prefix: PropertyKey[] = [],
): Problem[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: lineOf([...path, key]),
        field: [...path.slice(prefix.length), key].join('.'),
        message: 'is not a known field',
      }));
    }
    const missing = issue.code !== 'custom' && valueAt(data, issue.path) === undefined;
    return [
      {
        file,
        line: lineOf(path),
        field: path.slice(prefix.length).join('.') || '(root)',
        message: missing ? 'is required' : issue.message,
      },
    ];
  });
}

function validateDocument(doc: LoadedMarkdown, problems: Problem[]): ValidDocument | undefined {
  const parsed = DOCUMENT_SOURCES[doc.kind].schema.safeParse(doc.yaml.data ?? {});
  if (!parsed.success) {
    problems.push(...issuesToProblems(parsed.error, doc.yaml.data, doc.file, doc.yaml.lineOf));
    return undefined;
  }
  if (parsed.data.id !== doc.name) {
    problems.push({
      file: doc.file,
      line: doc.yaml.lineOf(['id']),
      field: 'id',
      message: `"${parsed.data.id}" must equal the file name "${doc.name}"`,
    });
  }
  if (doc.kind === 'country') {
    for (const issue of countryRuleIssues(parsed.data as CountrySource)) {
      problems.push({
        file: doc.file,
        line: doc.yaml.lineOf(issue.path),
        field: issue.path.join('.'),
        message: issue.message,
      });
    }
  }
  return {
    kind: doc.kind,
    data: parsed.data,
    file: doc.file,
    lineOf: doc.yaml.lineOf,
    body: doc.body,
    bodyLine: doc.bodyLine,
  } as ValidDocument;
}

/** The entries of a YAML list file that match `schema`, each able to find its own lines; problems otherwise. */
function validateList<T>(loaded: LoadedYaml | undefined, schema: z.ZodType<T[]>, problems: Problem[]): ValidEntry<T>[] {
  if (!loaded) return [];
  const { file, yaml } = loaded;
  const parsed = schema.safeParse(yaml.data ?? []);
  if (!parsed.success) {
    problems.push(...issuesToProblems(parsed.error, yaml.data, file, yaml.lineOf));
    return [];
  }
  return parsed.data.map((data, index) => ({ data, index, file, lineOf: (path) => yaml.lineOf([index, ...path]) }));
}

/** Stage 2: checks every source against the model and ids for uniqueness; reports all problems at once. */
export function validate(content: LoadedContent): { valid?: ValidContent; problems: Problem[] } {
  const problems: Problem[] = [];
  let meta: BundleMetaSource | undefined;
  if (content.bundle) {
    const parsed = bundleMetaSourceSchema.safeParse(content.bundle.yaml.data ?? {});
    if (parsed.success) meta = parsed.data;
    else
      problems.push(
        ...issuesToProblems(parsed.error, content.bundle.yaml.data, content.bundle.file, content.bundle.yaml.lineOf),
      );
  }

  const documents = content.documents.flatMap((doc) => validateDocument(doc, problems) ?? []);

  const terms = validateList(content.glossary, glossarySourceSchema, problems);
  const topics = validateList(content.topics, topicsSourceSchema, problems);
  const timeLimits = validateList(content.timeLimits, timeLimitsSourceSchema, problems);

  /** A claim on ids that must be unique among all claimed by it, reporting the second use with the first's place. */
  const uniqueIds = (what: string) => {
    const owners = new Map<string, string>();
    return (id: string, where: Located, field: PropertyKey[]) => {
      const owner = owners.get(id);
      if (owner) {
        problems.push({
          file: where.file,
          line: where.lineOf(field),
          field: field.join('.'),
          message: `${what} "${id}" is already used by ${owner}`,
        });
      } else {
        owners.set(id, `${where.file}:${where.lineOf(field)}`);
      }
    };
  };
  const claim = uniqueIds('id');
  for (const doc of documents) claim(doc.data.id, doc, ['id']);
  for (const term of terms) claim(term.data.id, term, ['id']);
  for (const limit of timeLimits) claim(limit.data.id, limit, ['id']);
  // Topics are tags, not pages: their ids need only be unique among themselves.
  const claimTopic = uniqueIds('topic');
  for (const topic of topics) claimTopic(topic.data.id, topic, ['id']);

  const termNames = new Map<string, string>();
  for (const term of terms) {
    const key = term.data.term.toLowerCase();
    const first = termNames.get(key);
    if (first) {
      problems.push({
        file: term.file,
        line: term.lineOf(['term']),
        field: 'term',
        message: `"${term.data.term}" is defined twice (first at ${first})`,
      });
    } else {
      termNames.set(key, `${term.file}:${term.lineOf(['term'])}`);
    }
  }

  if (problems.length > 0 || !meta) return { problems };
  return { valid: { meta, documents, terms, topics, timeLimits }, problems };
}
