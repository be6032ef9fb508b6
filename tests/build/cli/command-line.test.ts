import { describe, expect, it } from 'vitest';
import {
  defineCommand,
  helpText,
  parseCommandLine,
  wholeNumberListProblem,
  wholeNumberProblem,
} from '../../../build/cli/command-line';

const TOOL = defineCommand({
  script: 'tool',
  usage: 'npm run tool -- --key KEY [--limit N] [--json] FILE...',
  summary: 'Does a thing to each FILE.',
  options: {
    key: { type: 'string', required: true, value: 'KEY', help: 'the key' },
    limit: { type: 'string', default: '10', value: 'N', help: 'how many' },
    json: { type: 'boolean', short: 'j', help: 'print JSON' },
  },
  positionals: { min: 1, max: 2, name: 'FILE' },
  check: (values) => wholeNumberProblem('--limit', values.limit, 1),
});

const refusal = (problem: string) => ({
  ok: false,
  exitCode: 2,
  message: `tool: ${problem} (npm run tool -- --help shows the usage)`,
});

describe('parseCommandLine', () => {
  it('returns typed values with defaults and the positionals', () => {
    const line = parseCommandLine(TOOL, ['--key', 'k', 'a.txt', '-j', 'b.txt']);
    expect(line).toEqual({ ok: true, values: { key: 'k', limit: '10', json: true }, positionals: ['a.txt', 'b.txt'] });
  });

  it('answers --help and -h with the help, for exit status 0, whatever else is given', () => {
    for (const args of [['--help'], ['-h'], ['--limit', 'x', '--help']]) {
      expect(parseCommandLine(TOOL, args)).toEqual({ ok: false, exitCode: 0, message: helpText(TOOL) });
    }
  });

  it.each([
    [['--key', 'k', '--colour', 'a'], 'unknown option --colour'],
    [['--key', 'k', '-x', 'a'], 'unknown option -x'],
    [['--key'], '--key needs a value'],
    [['--key', '-k', 'a'], '--key needs a value, written --key=-VALUE if it starts with a dash'],
    [['--key', 'k', '--json=yes', 'a'], '--json takes no value'],
    [['a'], '--key KEY is required'],
    [['--key', 'k'], 'FILE is missing'],
    [['--key', 'k', 'a', 'b', 'c'], 'unexpected argument "c"'],
    [['--key', 'k', '--limit', '0', 'a'], '--limit must be a whole number of 1 or more, not "0"'],
    [['--key', 'k', '--limit', '1\n2', 'a'], '--limit must be a whole number of 1 or more, not "1\\n2"'],
    [['--key', 'k', 'a', 'b', 'c\nd'], 'unexpected argument "c\\nd"'],
  ])('refuses %j with one line naming the problem, for exit status 2', (args, problem) => {
    const line = parseCommandLine(TOOL, args);
    expect(line).toEqual(refusal(problem));
    if (!line.ok) expect(line.message).not.toContain('\n');
  });
});

describe('helpText', () => {
  it('shows the usage, the summary and every option with its value, default or requirement', () => {
    expect(helpText(TOOL).split('\n')).toEqual([
      'usage: npm run tool -- --key KEY [--limit N] [--json] FILE...',
      '',
      'Does a thing to each FILE.',
      '',
      'options:',
      '  --key KEY   the key (required)',
      '  --limit N   how many (default 10)',
      '  -j, --json  print JSON',
      '  -h, --help  show this help',
    ]);
  });
});

describe('number checks', () => {
  it.each([
    ['0', 0, 10, undefined],
    ['10', 0, 10, undefined],
    ['11', 0, 10, '--n must be a whole number from 0 to 10, not "11"'],
    ['1.5', 0, 10, '--n must be a whole number from 0 to 10, not "1.5"'],
    ['', 1, undefined, '--n must be a whole number of 1 or more, not ""'],
    ['-1', 1, undefined, '--n must be a whole number of 1 or more, not "-1"'],
  ])('wholeNumberProblem(%j, %d, %s)', (raw, min, max, problem) => {
    expect(wholeNumberProblem('--n', raw, min, max)).toBe(problem);
  });

  it('checks every entry of a comma-separated list', () => {
    expect(wholeNumberListProblem('--sizes', '0,1000,10000', 0)).toBeUndefined();
    expect(wholeNumberListProblem('--sizes', '1000,ten', 0)).toBe(
      '--sizes must list whole numbers of 0 or more, separated by commas, not "1000,ten"',
    );
    expect(wholeNumberListProblem('--sizes', '1000,', 0)).toBeDefined();
  });
});
