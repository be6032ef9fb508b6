import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countFacts } from '../../build/compiler/country-counts';
import { load } from '../../build/compiler/load';
import { validate } from '../../build/compiler/validate';
import { citedIds, factsOf, NOT_PUBLISHED, type CountrySource } from '../../content/model/country-schemas';

const IDS = [
  'austria', 'belgium', 'bulgaria', 'croatia', 'cyprus', 'czechia', 'denmark', 'estonia', 'finland', 'france', 'germany',
  'greece', 'hungary', 'ireland', 'italy', 'latvia', 'lithuania', 'luxembourg', 'malta', 'netherlands', 'poland', 'portugal',
  'romania', 'slovakia', 'slovenia', 'spain', 'sweden', 'iceland', 'liechtenstein', 'norway', 'switzerland', 'united-kingdom',
];

/** Every fact the country format asks for, written out here rather than read from the schema, so a schema slip shows. */
const FACT_PATHS = [
  'membership.eu', 'membership.schengen', 'membership.sis', 'membership.special_position',
  'prum.dna', 'prum.fingerprints', 'prum.vehicles', 'prum.prum_ii',
  'pnr.piu', 'pnr.intra_eu_flights',
  'information_exchange.transposition', 'information_exchange.spoc_languages',
  'bodies.spoc', 'bodies.sirene', 'bodies.europol_national_unit', 'bodies.interpol_ncb',
];
const BORDER_PATHS = ['hot_pursuit.allowed', 'hot_pursuit.apprehend', 'hot_pursuit.limits', 'hot_pursuit.offences', 'hot_pursuit.contact', 'surveillance.allowed', 'surveillance.limits', 'surveillance.contact'];

const loaded = load(join(process.cwd(), 'content'));
const { valid, problems } = validate(loaded.content);
const countries = (valid?.documents ?? []).flatMap((d) => (d.kind === 'country' ? [d.data] : []));

function at(node: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((n, key) => (n !== null && typeof n === 'object' ? (n as Record<string, unknown>)[key] : undefined), node);
}

/** What is wrong with one fact: a value, a date, and a source unless no public source gives the value. */
function factProblems(where: string, fact: unknown, sourceIds: Set<string>): string[] {
  if (fact === null || typeof fact !== 'object') return [`${where}: missing`];
  const f = fact as { value?: unknown; checked?: unknown; source?: string | string[] };
  const out: string[] = [];
  if (f.value === undefined || f.value === '') out.push(`${where}: no value`);
  if (typeof f.checked !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(f.checked)) out.push(`${where}: no checked date`);
  const cited = citedIds({ value: '', checked: '', source: f.source });
  if (f.value !== NOT_PUBLISHED && cited.length === 0) out.push(`${where}: no source`);
  for (const id of cited) if (!sourceIds.has(id)) out.push(`${where}: cites unknown source ${id}`);
  return out;
}

function profileProblems(c: CountrySource): string[] {
  const ids = new Set(c.sources.map((s) => s.id));
  return [
    ...FACT_PATHS.flatMap((path) => factProblems(`${c.id} ${path}`, at(c.facts, path), ids)),
    ...c.facts.borders.flatMap((b) => BORDER_PATHS.flatMap((path) => factProblems(`${c.id} ${b.neighbour} ${path}`, at(b, path), ids))),
  ];
}

describe('the 32 country profiles', () => {
  it('pass the schema', () => {
    expect([...loaded.problems, ...problems]).toEqual([]);
  });

  it('are the 27 Member States, the four Schengen-associated states and the United Kingdom', () => {
    expect(countries.map((c) => c.id).sort()).toEqual([...IDS].sort());
    expect(countries.filter((c) => c.group === 'member-state')).toHaveLength(27);
    expect(countries.filter((c) => c.group === 'schengen-associated').map((c) => c.id).sort()).toEqual(['iceland', 'liechtenstein', 'norway', 'switzerland']);
    expect(countries.find((c) => c.id === 'united-kingdom')?.group).toBe('third-country');
  });

  it('hold every field, each with a value (or not-published), a checked date and a source', () => {
    expect(countries).toHaveLength(32);
    expect(countries.flatMap(profileProblems)).toEqual([]);
  });

  it('count sourced and not-published values (the report npm run countries:report prints)', () => {
    const counts = countries.map((c) => ({ id: c.id, ...countFacts(c) }));
    const total = counts.reduce((t, c) => ({ sourced: t.sourced + c.sourced, notPublished: t.notPublished + c.notPublished, notApplicable: t.notApplicable + c.notApplicable }), { sourced: 0, notPublished: 0, notApplicable: 0 });
    const facts = countries.reduce((n, c) => n + [...factsOf(c.facts)].length, 0);
    expect(total.sourced + total.notPublished + total.notApplicable).toBe(facts);
    expect(facts).toBe(countries.reduce((n, c) => n + FACT_PATHS.length + c.facts.borders.length * BORDER_PATHS.length, 0));
    console.log(`country facts: ${total.sourced} sourced, ${total.notPublished} not published, ${total.notApplicable} not applicable (${facts} in ${countries.length} profiles)`);
  });
});
