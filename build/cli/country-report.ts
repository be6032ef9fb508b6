import { countFacts, type FactCounts } from '../compiler/country-counts';
import { load } from '../compiler/load';
import { formatProblem, sortProblems } from '../compiler/problems';
import { validate } from '../compiler/validate';
import { readCommandLine } from './command-line';

/** `npm run -s countries:report`: per profile, how many facts a source states and how many are not published. */
function main(): number {
  const line = readCommandLine({
    script: 'countries:report',
    usage: 'npm run -s countries:report -- [--content DIR] [--json]',
    summary:
      'Validates the content and counts, for each country profile, the facts a source states, those not published and those not applicable.',
    options: {
      content: { type: 'string', default: 'content', value: 'DIR', help: 'the content folder to read' },
      json: { type: 'boolean', default: false, help: 'print the counts as JSON' },
    },
  });
  if (!line.ok) return line.exitCode;
  const loaded = load(line.values.content);
  const { valid, problems } = validate(loaded.content);
  if (!valid || loaded.problems.length + problems.length > 0) {
    for (const problem of sortProblems([...loaded.problems, ...problems])) console.error(formatProblem(problem));
    return 1;
  }
  const rows = valid.documents.flatMap((d) => (d.kind === 'country' ? [{ id: d.data.id, ...countFacts(d.data) }] : []));
  const total = rows.reduce<FactCounts>(
    (t, r) => ({
      sourced: t.sourced + r.sourced,
      notPublished: t.notPublished + r.notPublished,
      notApplicable: t.notApplicable + r.notApplicable,
    }),
    { sourced: 0, notPublished: 0, notApplicable: 0 },
  );
  if (line.values.json) {
    console.log(JSON.stringify({ countries: rows, total }, null, 2));
    return 0;
  }
  const width = Math.max(5, ...rows.map((r) => r.id.length));
  console.log(`${'state'.padEnd(width)}  sourced  not-published  not-applicable`);
  for (const r of [...rows, { id: 'total', ...total }]) {
    console.log(
      `${r.id.padEnd(width)}  ${String(r.sourced).padStart(7)}  ${String(r.notPublished).padStart(13)}  ${String(r.notApplicable).padStart(14)}`,
    );
  }
  const all = total.sourced + total.notPublished + total.notApplicable;
  console.log(
    `${rows.length} profiles, ${all} facts: ${Math.round((100 * total.sourced) / all)}% sourced, ${Math.round((100 * total.notPublished) / all)}% not published`,
  );
  return 0;
}

process.exitCode = main();
