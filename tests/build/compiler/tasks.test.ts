import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../content/model/bundle-schema';
import { compileContent } from '../../../build/compiler/compile';
import { fixtureCopy, problemsOf } from './content-fixture';

const TASKS = join(import.meta.dirname, '..', '..', 'fixtures', 'tasks');
const read = (name: string) => readFileSync(join(TASKS, name), 'utf8');
const fixture = (name: string) => () => read(name);
const INSTRUMENT = 'instruments/info-exchange-directive-2023-977.md';
/** The valid fixture's instrument states "8 hours" in free text; with structured limits that line must go. */
const withoutFreeTextPeriod = (t: string) => t.replace(/^ {2}time_limits: \[.*\]\n/m, '');

/** A copy of the valid content with the fixture time limits and the named task files. */
function contentWith(...tasks: string[]): string {
  return fixtureCopy({
    'time-limits.yaml': fixture('time-limits.yaml'),
    [INSTRUMENT]: withoutFreeTextPeriod,
    ...Object.fromEntries(tasks.map((name) => [`tasks/${name}`, fixture(name)])),
  });
}

function contentCheck(dir: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'build/compiler/cli.ts', 'check', '--content', dir],
      (error, _stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        resolve({ code: error ? (error.code as number) : 0, stderr });
      },
    );
  });
}

describe('the task kind', () => {
  it('compiles a valid task with its questions, outcomes, time limits and relations', () => {
    const dir = contentWith('ask-for-information.md');
    try {
      const bundle = JSON.parse(compileContent(dir).files.get('bundle.json') ?? '') as Bundle;
      const task = bundle.documents.find((d) => d.id === 'ask-for-information');
      expect(task?.kind).toBe('task');
      if (task?.kind !== 'task') return;
      expect(task.start).toBe('urgent');
      expect(task.questions[0]?.answers).toEqual([
        { label: 'Yes', next: 'accessible' },
        { label: 'No', outcome: 'standard' },
      ]);
      expect(task.outcomes[0]).toMatchObject({
        channel: 'spoc',
        timeLimit: 'urgent-direct',
        restsOn: ['info-exchange-directive-2023-977'],
        countryFields: ['bodies.spoc'],
      });
      expect(bundle.timeLimits.map((l) => l.id)).toEqual(['urgent-direct', 'other-request']);
      const instrument = bundle.documents.find((d) => d.id === 'info-exchange-directive-2023-977');
      expect(instrument?.relations.related).toContain('ask-for-information');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('makes the instrument key facts on time limits from the structured limits', () => {
    const dir = contentWith();
    try {
      const bundle = JSON.parse(compileContent(dir).files.get('bundle.json') ?? '') as Bundle;
      const instrument = bundle.documents.find((d) => d.id === 'info-exchange-directive-2023-977');
      expect(instrument?.kind === 'instrument' && instrument.keyFacts?.timeLimits).toEqual([
        'Reply to an urgent request for directly accessible information: 8 hours from receipt of the request (Art. 5(1)(a)).',
        'Reply to any other request: 7 calendar days from receipt of the request (Art. 5(1)(c)).',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a free-text period on an instrument that has structured limits, at its line', () => {
    const problems = problemsOf(fixtureCopy({ 'time-limits.yaml': fixture('time-limits.yaml') }));
    expect(problems).toEqual([
      expect.stringMatching(/info-exchange-directive-2023-977\.md:19: key_facts\.time_limits: states a period/),
    ]);
  });

  it('refuses a time limit on an unknown instrument, at its line', () => {
    const problems = problemsOf(
      fixtureCopy({
        'time-limits.yaml': () =>
          read('time-limits.yaml').replace(
            'instrument: info-exchange-directive-2023-977\n  what: "Reply to any',
            'instrument: ghost-act\n  what: "Reply to any',
          ),
        [INSTRUMENT]: withoutFreeTextPeriod,
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/time-limits\.yaml:11: instrument: "ghost-act" is not a known instrument id$/),
    ]);
  });

  it('reports a question reached by no path', () => {
    const orphan = () =>
      read('ask-for-information.md').replace(
        'outcomes:\n',
        '  - id: orphan\n    text: Never asked?\n    answers:\n      - { label: "Yes", outcome: standard }\n      - { label: "No", outcome: standard }\noutcomes:\n',
      );
    const problems = problemsOf(
      fixtureCopy({
        'time-limits.yaml': fixture('time-limits.yaml'),
        [INSTRUMENT]: withoutFreeTextPeriod,
        'tasks/ask-for-information.md': orphan,
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /ask-for-information\.md:23: questions\.2\.id: "orphan" is never reached from start "urgent"$/,
      ),
    ]);
  });
});

describe('content:check fails a broken task at file:line', { timeout: 60_000 }, () => {
  it('a cycle', async () => {
    const { code, stderr } = await contentCheck(contentWith('fixture-cycle.md'));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /tasks\/fixture-cycle\.md:20: questions\.1\.answers\.0\.next: cycle: urgent -> accessible -> urgent; every path must end in an outcome\n/,
    );
  });

  it('a dead end', async () => {
    const { code, stderr } = await contentCheck(contentWith('fixture-dead-end.md'));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /tasks\/fixture-dead-end\.md:19: questions\.1\.answers\.0: is a dead end: give it a next question or an outcome/,
    );
  });

  it('a broken link', async () => {
    const { code, stderr } = await contentCheck(contentWith('fixture-broken-link.md'));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /tasks\/fixture-broken-link\.md:28: outcomes\.0\.time_limit: broken link: "no-such-limit" is not a time limit in time-limits\.yaml\n/,
    );
  });
});
