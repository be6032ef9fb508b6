import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The npm scripts that take options; each must answer --help and refuse an unknown option. */
const WITH_OPTIONS = [
  'search',
  'policies',
  'deadline',
  'briefing',
  'countries:report',
  'map:shapes',
  'serve',
  'export:static',
  'site:verify',
  'pack:keygen',
  'pack:make',
  'pack:verify',
  'content:check',
  'content:build',
  'test:crash',
  'test:packs-crash',
  'bench:content',
  'bench:search',
  'bench:ui',
  'bench:bookmarks',
  'bench:serve',
  'bench:packs',
  'bench:briefing',
  'dist',
];
/** Scripts that run the same entry point as one above with an option already given. */
const VARIANTS = ['dist:win', 'dist:mac', 'dist:linux'];
/** The scripts that run a TypeScript entry point but take no options. */
const WITHOUT_OPTIONS = ['start', 'build:electron', 'security:electronegativity', 'dist:check', 'test'];

/** The Node command a script runs last (after any `npm run build &&`), as arguments for process.execPath. */
function entryOf(script: string): string[] {
  const last = (scripts[script] ?? '').split('&&').at(-1)?.trim() ?? '';
  const words = last.split(/\s+/);
  if (words[0] === 'tsx') return ['--import', 'tsx', ...words.slice(1)];
  if (words[0] === 'node') return words.slice(1);
  throw new Error(`${script}: "${last}" runs neither tsx nor node`);
}

function run(script: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Up to five of these start at once (describe.concurrent); on a loaded 2-core machine a tsx start alone can take a minute.
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...entryOf(script), ...args],
      { encoding: 'utf8', timeout: 150_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

describe('the command-line tools', () => {
  it('are all accounted for: every script that runs a TypeScript file either takes options (tested below) or is listed as taking none', () => {
    const runsTypeScript = Object.entries(scripts)
      // Run by tsx or node: lint:exports names vite.config.ts only to leave it out of its report.
      .filter(([, command]) => /\b(?:tsx|node)\b[^&]*\.ts\b/.test(command))
      .map(([name]) => name);
    expect(runsTypeScript.filter((name) => ![...WITH_OPTIONS, ...VARIANTS, ...WITHOUT_OPTIONS].includes(name))).toEqual(
      [],
    );
  });

  describe.concurrent.each(WITH_OPTIONS)('npm run %s', (script) => {
    it('answers --help with its usage on stdout and exit status 0', async () => {
      const result = await run(script, '--help');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^usage: npm run (-s )?${script} `));
      expect(result.stdout).toContain('-h, --help');
    }, 180_000);

    it('refuses an unknown option with one line naming it and exit status 2', async () => {
      const result = await run(script, '--no-such-option');
      expect(result.stdout).toBe('');
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `${script}: unknown option --no-such-option (npm run ${script} -- --help shows the usage)\n`,
      );
    }, 180_000);
  });
});
