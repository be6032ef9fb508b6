/**
 * Stand-in check for content/countries/*.md until the compiler gets a `country` kind (issue 18).
 * It encodes /work/briefs/country-format.md strictly (unknown keys are errors) and prints a
 * sourced / not-published / not-applicable count per file.
 *
 * Usage: npx tsx docs/research/validate-countries.ts [file ...]   (default: every content/countries/*.md)
 *
 * CELEX numbers, ELIs and dates are checked with the content model's own schemas, so a profile that passes
 * here will not be rejected for them when the compiler gets its `country` kind.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { celexSchema, eliSchema, isoDateSchema } from '../../content/model/identifiers';

const IDS = [
  'austria',
  'belgium',
  'bulgaria',
  'croatia',
  'cyprus',
  'czechia',
  'denmark',
  'estonia',
  'finland',
  'france',
  'germany',
  'greece',
  'hungary',
  'ireland',
  'italy',
  'latvia',
  'lithuania',
  'luxembourg',
  'malta',
  'netherlands',
  'poland',
  'portugal',
  'romania',
  'slovakia',
  'slovenia',
  'spain',
  'sweden',
  'iceland',
  'liechtenstein',
  'norway',
  'switzerland',
  'united-kingdom',
] as const;

const isoDate = isoDateSchema;
const celex = celexSchema;

const source = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(3),
    celex: celex.optional(),
    eli: eliSchema.optional(),
    url: z.string().url().optional(),
    article: z.string().optional(),
    secondary: z.literal(true).optional(),
  })
  .strict()
  .refine((s) => s.celex || s.eli || s.url, 'a source needs at least one of celex, eli, url');

/** A fact whose value is one of `values` (or any string when `values` is omitted). */
function fact(value: z.ZodTypeAny) {
  return z
    .object({
      value,
      checked: isoDate,
      source: z.union([z.string(), z.array(z.string()).min(2)]).optional(),
      since: isoDate.optional(),
      decision: celex.optional(),
      note: z.string().min(3).optional(),
    })
    .strict()
    .refine(
      (f) => f.value === 'not-published' || f.source !== undefined,
      'source is required unless value is not-published',
    )
    .refine(
      (f) => f.value !== 'not-published' || (f.note ?? '').length > 0,
      'not-published needs a note saying where you looked',
    );
}

const text = z.string().min(2);
const yesNo = z.enum(['yes', 'no', 'not-published', 'not-applicable']);
const prumValue = z.enum(['live', 'not-live', 'not-published', 'not-applicable']);

const border = z
  .object({
    neighbour: z.enum(IDS),
    kind: z.enum(['land', 'sea', 'fixed-link']),
    hot_pursuit: z
      .object({
        allowed: fact(yesNo),
        apprehend: fact(yesNo),
        limits: fact(text),
        offences: fact(text),
        contact: fact(text),
      })
      .strict(),
    surveillance: z.object({ allowed: fact(yesNo), limits: fact(text), contact: fact(text) }).strict(),
  })
  .strict();

const country = z
  .object({
    id: z.enum(IDS),
    name: text,
    official_name: text,
    iso: z.string().regex(/^[A-Z]{2}$/),
    eu_code: z.string().regex(/^[A-Z]{2}$/),
    native_names: z.array(text).min(1),
    group: z.enum(['member-state', 'schengen-associated', 'third-country']),
    checked: isoDate,
    sources: z.array(source).min(1),
    facts: z
      .object({
        membership: z
          .object({
            eu: fact(z.union([isoDate, z.literal('no')])),
            schengen: fact(z.enum(['full', 'partial', 'associated', 'none'])),
            sis: fact(z.enum(['connected', 'not-connected'])),
            special_position: fact(text),
          })
          .strict(),
        prum: z
          .object({
            dna: fact(prumValue),
            fingerprints: fact(prumValue),
            vehicles: fact(prumValue),
            prum_ii: fact(text),
          })
          .strict(),
        pnr: z.object({ piu: fact(text), intra_eu_flights: fact(yesNo) }).strict(),
        information_exchange: z
          .object({
            transposition: fact(
              z.enum([
                'transposed',
                'partially-transposed',
                'not-transposed',
                'infringement',
                'not-published',
                'not-applicable',
              ]),
            ),
            // not-applicable: the state is not bound by Directive (EU) 2023/977 (e.g. the United Kingdom).
            spoc_languages: fact(
              z.union([z.array(z.string().regex(/^[a-z]{2}$/)).min(1), z.enum(['not-published', 'not-applicable'])]),
            ),
          })
          .strict(),
        bodies: z
          .object({ spoc: fact(text), sirene: fact(text), europol_national_unit: fact(text), interpol_ncb: fact(text) })
          .strict(),
        borders: z.array(border),
      })
      .strict(),
  })
  .strict();

type Country = z.infer<typeof country>;

/** Walks every fact (an object with `value` and `checked`) and yields it with its path. */
function* facts(
  node: unknown,
  path: string[] = [],
): Generator<[string, { value: unknown; source?: string | string[] }]> {
  if (node && typeof node === 'object' && !Array.isArray(node) && 'value' in node && 'checked' in node) {
    yield [path.join('.'), node as { value: unknown; source?: string | string[] }];
    return;
  }
  if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) yield* facts(v, [...path, k]);
  }
}

/** Telephone-like numbers (a + prefix or four spaced digit groups) and e-mail addresses; dates and act numbers do not match. */
const CONTACT = /(\+\d{2,3}[ \d]{6,})|(\b\d{2,4}[ .]\d{2,4}[ .]\d{2,4}[ .]\d{2,4}\b)|([\w.-]+@[\w-]+\.[a-z]{2,})/i;

function check(file: string): { ok: boolean; counts: Record<string, number> } {
  const raw = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  const problems: string[] = [];
  const counts = { sourced: 0, 'not-published': 0, 'not-applicable': 0 };
  if (!match) {
    console.log(`${file}: no front matter between --- lines`);
    return { ok: false, counts };
  }
  const doc = parseDocument(match[1]!, { uniqueKeys: true });
  for (const e of doc.errors) problems.push(`yaml: ${e.message.split('\n')[0]}`);
  const parsed = country.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  } else {
    const data: Country = parsed.data;
    if (data.id !== basename(file, '.md')) problems.push(`id ${data.id} differs from file name`);
    const ids = new Set<string>();
    for (const s of data.sources) {
      if (ids.has(s.id)) problems.push(`sources: duplicate id ${s.id}`);
      ids.add(s.id);
    }
    const used = new Set<string>();
    for (const [path, f] of facts(data.facts)) {
      for (const id of f.source === undefined ? [] : [f.source].flat()) {
        used.add(id);
        if (!ids.has(id)) problems.push(`${path}: unknown source ${id}`);
      }
      if (f.value === 'not-published') counts['not-published'] += 1;
      else if (f.value === 'not-applicable') counts['not-applicable'] += 1;
      else counts.sourced += 1;
    }
    for (const id of ids) if (!used.has(id)) problems.push(`sources: ${id} is never cited`);
    const neighbours = data.facts.borders.map((b) => b.neighbour);
    if (new Set(neighbours).size !== neighbours.length) problems.push('borders: a neighbour appears twice');
    if (neighbours.includes(data.id)) problems.push('borders: a state cannot border itself');
  }
  if (CONTACT.test(raw.replace(/https?:\/\/\S+/g, ''))) {
    problems.push('possible telephone number or e-mail address in the file');
  }
  const body = match[2]!.trim();
  if (body.length < 40) problems.push('body: write a short introduction (2-6 sentences)');
  for (const p of problems) console.log(`${file}: ${p}`);
  return { ok: problems.length === 0, counts };
}

const USAGE = 'Usage: npx tsx docs/research/validate-countries.ts [file ...]   (default: every content/countries/*.md)';
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = args.find((a) => a.startsWith('-'));
if (unknown) {
  console.error(`validate-countries: unknown option ${unknown} (try --help)`);
  process.exit(2);
}
const dir = 'content/countries';
const files =
  args.length > 0
    ? args
    : readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => join(dir, f));
let failed = 0;
const total = { sourced: 0, 'not-published': 0, 'not-applicable': 0 };
for (const file of files.sort()) {
  const { ok, counts } = check(file);
  if (!ok) failed += 1;
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += counts[k];
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${basename(file)}  sourced ${counts.sourced}  not-published ${counts['not-published']}  not-applicable ${counts['not-applicable']}`,
  );
}
console.log(
  `total  sourced ${total.sourced}  not-published ${total['not-published']}  not-applicable ${total['not-applicable']}`,
);
process.exit(failed > 0 ? 1 : 0);
