import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { link } from '../../../build/compiler/link';
import { load } from '../../../build/compiler/load';
import { render } from '../../../build/compiler/render';
import { compileTimeLimits } from '../../../build/compiler/time-limits';
import { validate, type ValidContent } from '../../../build/compiler/validate';
import {
  DOCUMENT_SOURCES,
  termSourceSchema,
  timeLimitSourceSchema,
  topicSourceSchema,
} from '../../../content/model/source-schemas';

/** A content folder in which one source of each kind sets every optional field to a value other than its default. */
const EVERY_FIELD = join(import.meta.dirname, '..', '..', 'fixtures', 'content', 'every-field');

type Path = (string | number)[];

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** Every optional field of an object schema, read from its shape, down into nested objects and lists of objects. */
function optionalPaths(schema: z.ZodObject, prefix: Path = []): Path[] {
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    const own = field.safeParse(undefined).success ? [[...prefix, key]] : [];
    const inner = unwrap(field);
    if (inner instanceof z.ZodObject) return [...own, ...optionalPaths(inner, [...prefix, key])];
    if (inner instanceof z.ZodArray && inner.element instanceof z.ZodObject)
      return [...own, ...optionalPaths(inner.element, [...prefix, key, 0])];
    return own;
  });
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
}

function isSet(value: unknown): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/** The data with the field at `path` removed, parsed again so the schema's default takes its place. */
function without(schema: z.ZodType, data: unknown, path: Path): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  delete parent[path[path.length - 1] as string];
  return schema.parse(copy);
}

function validFixture(): ValidContent {
  const { content, problems } = load(EVERY_FIELD);
  const { valid, problems: invalid } = validate(content);
  if (!valid || problems.length + invalid.length > 0)
    throw new Error(`the every-field fixture should validate: ${JSON.stringify([...problems, ...invalid])}`);
  return valid;
}

/** Everything the bundle holds for the content: linked documents, terms and topics, and the structured time limits. */
function compileOrThrow(valid: ValidContent, rendered: ReturnType<typeof render>['rendered']) {
  const { linked, problems } = link(valid, rendered);
  if (!linked) throw new Error(`should link: ${JSON.stringify(problems)}`);
  return { ...linked, timeLimits: compileTimeLimits(valid) };
}

/** What the bundle holds for one source entry, without the hash (which changes with anything). */
function compiledEntry(compiled: ReturnType<typeof compileOrThrow>, id: string): unknown {
  const entry = [...compiled.documents, ...compiled.terms, ...compiled.topics, ...compiled.timeLimits].find(
    (candidate) => candidate.id === id,
  );
  if (!entry) return undefined;
  return { ...entry, contentHash: undefined };
}

interface Case {
  kind: string;
  schema: z.ZodObject;
  entries: (valid: ValidContent) => { id: string; data: unknown; replace: (data: unknown) => ValidContent }[];
}

const documentCases: Case[] = Object.entries(DOCUMENT_SOURCES).map(([kind, { schema }]) => ({
  kind,
  schema,
  entries: (valid) =>
    valid.documents
      .filter((doc) => doc.kind === kind)
      .map((doc) => ({
        id: doc.data.id,
        data: doc.data,
        replace: (data) => ({
          ...valid,
          documents: valid.documents.map((d) => (d === doc ? ({ ...doc, data } as typeof doc) : d)),
        }),
      })),
}));

const cases: Case[] = [
  ...documentCases,
  {
    kind: 'term',
    schema: termSourceSchema,
    entries: (valid) =>
      valid.terms.map((term) => ({
        id: term.data.id,
        data: term.data,
        replace: (data) => ({
          ...valid,
          terms: valid.terms.map((t) => (t === term ? ({ ...term, data } as typeof term) : t)),
        }),
      })),
  },
  {
    kind: 'topic',
    schema: topicSourceSchema,
    entries: (valid) =>
      valid.topics.map((topic) => ({
        id: topic.data.id,
        data: topic.data,
        replace: (data) => ({
          ...valid,
          topics: valid.topics.map((t) => (t === topic ? ({ ...topic, data } as typeof topic) : t)),
        }),
      })),
  },
  {
    kind: 'time limit',
    schema: timeLimitSourceSchema,
    entries: (valid) =>
      valid.timeLimits.map((limit) => ({
        id: limit.data.id,
        data: limit.data,
        replace: (data) => ({
          ...valid,
          timeLimits: valid.timeLimits.map((l) => (l === limit ? ({ ...limit, data } as typeof limit) : l)),
        }),
      })),
  },
];

describe('source-to-bundle field mapping', () => {
  const valid = validFixture();
  const { rendered } = render(valid.documents);
  const baseline = compileOrThrow(valid, rendered);

  it('finds the optional fields in the schemas themselves', () => {
    const instrumentPaths = optionalPaths(DOCUMENT_SOURCES.instrument.schema).map((path) => path.join('.'));
    expect(instrumentPaths).toEqual(
      expect.arrayContaining(['celex', 'effective', 'key_facts', 'key_facts.time_limits', 'sources.0.secondary']),
    );
    expect(instrumentPaths).not.toContain('id');
  });

  for (const { kind, schema, entries } of cases) {
    for (const path of optionalPaths(schema)) {
      const name = `${kind}.${path.join('.')}`;
      it(`${name} reaches the compiled document when set`, () => {
        const donor = entries(valid).find((entry) => isSet(valueAt(entry.data, path)));
        expect(
          donor,
          `no ${kind} in tests/fixtures/content/every-field sets ${path.join('.')}: set it there (to a value other than its default)`,
        ).toBeDefined();
        if (!donor) return;
        const variant = compileOrThrow(donor.replace(without(schema, donor.data, path)), rendered);
        expect(
          compiledEntry(variant, donor.id),
          `${name} is set in ${donor.id} but the compiled document is the same without it: map it in build/compiler/fields/`,
        ).not.toEqual(compiledEntry(baseline, donor.id));
      });
    }
  }
});
