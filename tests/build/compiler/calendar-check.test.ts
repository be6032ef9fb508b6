import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { calendarCheck } from '../../../build/compiler/calendar-check';
import { compileContent } from '../../../build/compiler/compile';
import { load } from '../../../build/compiler/load';
import { validate } from '../../../build/compiler/validate';
import { DOCUMENT_SOURCES, reviewTrail } from '../../../content/model/source-schemas';
import { ContentProblems, formatProblem } from '../../../build/compiler/problems';
import { datedPhrases, periodEnd, stalePhrases } from '../../../build/compiler/dated-phrases';
import { VALID_CONTENT } from './content-fixture';

const CALENDAR = join(import.meta.dirname, '..', '..', 'fixtures', 'content', 'calendar');

/** How many source files under `dir` carry a `checked:` date in their front matter. */
function reviewedDocuments(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .filter((file) => /^checked: /m.test(readFileSync(join(dir, file), 'utf8'))).length;
}

function problemsAt(dir: string, today?: string): string[] {
  try {
    compileContent(dir, { today });
    return [];
  } catch (error) {
    if (error instanceof ContentProblems)
      return error.problems.map(formatProblem).map((p) => p.slice(p.indexOf('content/') + 'content/'.length));
    throw error;
  }
}

describe('the calendar check', () => {
  it('catches each overtaken fact of the fixture at its file and line, on the content date', () => {
    const problems = problemsAt(CALENDAR);
    expect(problems.map((p) => p.split(': ').slice(0, 2).join(': '))).toEqual([
      'calendar/instruments/europol-proposal-2024.md:8: status',
      'calendar/instruments/expired-programme-2014.md:8: status',
      'calendar/instruments/info-exchange-directive-2023-977.md:14: status_note',
      'calendar/instruments/info-exchange-directive-2023-977.md:20: key_facts.channels.0',
      'calendar/instruments/swedish-framework-decision-2006-960.md:11: status',
      'calendar/pages/overview.md:19: body',
      'calendar/sections/information-exchange.md:6: checked',
    ]);
    expect(problems[0]).toMatch(
      /entry_into_force 2025-03-01 has passed \(content date 2026-12-03\) but the status still says proposal$/,
    );
    expect(problems[1]).toMatch(/end_date 2013-12-31 has passed .* still says in-force$/);
    expect(problems[2]).toMatch(/does not apply yet, but its application_date 2024-12-12 has passed/);
    expect(problems[3]).toMatch(/"planned for the first quarter of 2026": 2026-03-31 has passed/);
    expect(problems[4]).toMatch(
      /repeal by "info-exchange-directive-2023-977" took effect on 2024-12-12 .* still says in-force$/,
    );
    expect(problems[5]).toMatch(/"expected in 2025": 2025-12-31 has passed/);
    expect(problems[6]).toMatch(/checked: 2025-11-30 is more than 12 months before 2026-12-03/);
  });

  it('takes --today over the content date', () => {
    // On 1 January 2025 the proposal, the 2026 release and the review date are not overdue yet.
    const early = problemsAt(CALENDAR, '2025-01-01').map((p) => p.split(': ').slice(0, 2).join(': '));
    expect(early).toEqual([
      'calendar/instruments/expired-programme-2014.md:8: status',
      'calendar/instruments/info-exchange-directive-2023-977.md:14: status_note',
      'calendar/instruments/swedish-framework-decision-2006-960.md:11: status',
    ]);
    // Five years on, the valid fixture's review dates are all too old: one problem per document that has one.
    const late = problemsAt(VALID_CONTENT, '2031-12-03');
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBe(reviewedDocuments(VALID_CONTENT));
    expect(late.every((p) => /: checked: /.test(p))).toBe(true);
    expect(problemsAt(VALID_CONTENT, '2026-12-03')).toEqual([]);
  });

  it('passes the real content on 3 December 2026', () => {
    const { valid } = validate(load(join(process.cwd(), 'content')).content);
    expect(valid && calendarCheck(valid, '2026-12-03').map(formatProblem)).toEqual([]);
  }, 60_000);
});

describe('dated phrases', () => {
  it('reads the period a forward-looking phrase names', () => {
    const [quarter] = datedPhrases('The router is planned to start in the second quarter of 2027.');
    expect(quarter && periodEnd(quarter)).toBe('2027-06-30');
    const [month] = datedPhrases('Adoption is expected by March 2026.');
    expect(month && periodEnd(month)).toBe('2026-03-31');
    expect(datedPhrases('It was expected in 2020 and came later.')).toEqual([]);
    expect(datedPhrases('The Directive was adopted in 2023.')).toEqual([]);
  });

  it('counts a period as stale only once it has wholly passed', () => {
    expect(stalePhrases('expected in 2026', '2026-12-03')).toEqual([]);
    expect(stalePhrases('expected in 2026', '2027-01-01')).toHaveLength(1);
    expect(stalePhrases('due in mid-2026', '2026-12-03')).toHaveLength(1);
  });
});

describe('the review trail', () => {
  it("is in every document kind's schema, so a new kind cannot leave it out unnoticed", () => {
    for (const [kind, { schema }] of Object.entries(DOCUMENT_SOURCES)) {
      const shape = schema.shape as Record<string, z.ZodType | undefined>;
      expect(shape.checked, `${kind}.checked`).toBe(reviewTrail.checked);
      // A country cites its sources by id from each fact, so its list has its own shape; every kind must require one.
      const sources = shape.sources;
      if (kind !== 'country') expect(sources, `${kind}.sources`).toBe(reviewTrail.sources);
      expect(sources, `${kind}.sources`).toBeDefined();
      expect(sources?.safeParse(undefined).success, `${kind}.sources left out`).toBe(false);
      expect(sources?.safeParse([]).success, `${kind}.sources empty`).toBe(false);
    }
  });

  it('is required on every document, at least one source each', async () => {
    const { fixtureCopy, problemsOf } = await import('./content-fixture');
    const page = 'pages/overview.md';
    expect(problemsOf(fixtureCopy({ [page]: (t) => t.replace(/checked: .*\n/, '') }))).toEqual([
      expect.stringMatching(/pages\/overview\.md:2: checked: is required$/),
    ]);
    expect(problemsOf(fixtureCopy({ [page]: (t) => t.replace(/sources: .*\n/, 'sources: []\n') }))).toEqual([
      expect.stringMatching(
        /pages\/overview\.md:7: sources: needs at least one source \(title and celex, eli or url\)$/,
      ),
    ]);
    expect(
      problemsOf(fixtureCopy({ [page]: (t) => t.replace(/sources: .*\n/, 'sources: [{ title: A book }]\n') })),
    ).toEqual([expect.stringMatching(/pages\/overview\.md:7: sources\.0: needs a celex, eli or url$/)]);
  });
});

describe('relation effects', () => {
  const OLD = 'instruments/swedish-framework-decision-2006-960.md';
  const NEW = 'instruments/info-exchange-directive-2023-977.md';
  const withEffect = (line: string) => (t: string) => t.replace('checked: 2026-11-01', `${line}\nchecked: 2026-11-01`);

  it('carries a relation effect to both sides of the relation', async () => {
    const { fixtureCopy } = await import('./content-fixture');
    const dir = fixtureCopy({
      [OLD]: withEffect(
        'effective:\n  info-exchange-directive-2023-977: { pending: "the Directive\'s transposition" }',
      ),
    });
    const bundle = JSON.parse(compileContent(dir).files.get('bundle.json') ?? '') as {
      documents: { id: string; effective?: unknown; standing?: unknown }[];
    };
    const byId = new Map(bundle.documents.map((d) => [d.id, d]));
    expect(byId.get('swedish-framework-decision-2006-960')?.effective).toEqual({
      'info-exchange-directive-2023-977': { pending: "the Directive's transposition" },
    });
    expect(byId.get('info-exchange-directive-2023-977')?.effective).toEqual({
      'swedish-framework-decision-2006-960': { pending: "the Directive's transposition" },
    });
    expect(byId.get('swedish-framework-decision-2006-960')?.standing).toEqual({ key: 'repealed' });
    expect(byId.get('info-exchange-directive-2023-977')?.standing).toEqual({ key: 'in-force', date: '2024-12-12' });
  });

  it('refuses an effect on an instrument it has no repeal, amendment or replacement with, and one written on both sides', async () => {
    const { fixtureCopy, problemsOf } = await import('./content-fixture');
    expect(problemsOf(fixtureCopy({ [NEW]: withEffect('effective:\n  overview: { date: 2024-12-12 }') }))).toEqual([
      expect.stringMatching(
        /info-exchange-directive-2023-977\.md:22: effective\.overview: "overview" is not repealed, amended or replaced by or with this instrument$/,
      ),
    ]);
    const both = problemsOf(
      fixtureCopy({
        [OLD]: withEffect('effective:\n  info-exchange-directive-2023-977: { date: 2024-12-12 }'),
        [NEW]: withEffect('effective:\n  swedish-framework-decision-2006-960: { date: 2024-12-12 }'),
      }),
    );
    expect(both).toEqual([
      expect.stringMatching(
        /swedish-framework-decision-2006-960\.md:17: effective\.info-exchange-directive-2023-977: the effect of this relation is already written at .*info-exchange-directive-2023-977\.md:22; write it on one side only$/,
      ),
    ]);
  });
});
