import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { allowListSchema, judgeFindings, type Finding } from './electronegativity-findings';

/** The folders scanned: the shell and the UI. */
const SCANS = ['electron', 'renderer'];
/** Checks left out: this one downloads Electron's release list, and the scan must run offline. */
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

const root = process.cwd();
const require = createRequire(import.meta.url);
const enginePath = require.resolve('@doyensec/electronegativity');

// Electronegativity fetches translations with `got` on every run; an offline stand-in keeps the scan local (it falls back to English).
const gotPath = createRequire(enginePath).resolve('got');
const offline = () => Promise.reject(new Error('network disabled for the electronegativity scan'));
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: Object.assign(offline, { default: Object.assign(offline, { head: offline }), head: offline }),
} as unknown as NodeJS.Module;

interface EngineIssue {
  id: string;
  file: string;
  location?: { line?: number };
  severity: { name: string };
  description: string;
}
type Run = (
  options: Record<string, unknown>,
) => Promise<{ issues: EngineIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

const engine = require(enginePath) as Run | { default: Run };
const run = typeof engine === 'function' ? engine : engine.default;
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
).devDependencies.electron;
const allowListFile = join(dirname(new URL(import.meta.url).pathname), 'electronegativity-allow-list.json');
const allowList = allowListSchema.parse(JSON.parse(readFileSync(allowListFile, 'utf8')));

const findings: Finding[] = [];
let parseFailures = 0;
for (const scan of SCANS) {
  const result = await run({
    input: join(root, scan),
    excludeFromScan: EXCLUDED,
    isRelative: true,
    electronVersionOverride: electronVersion,
  });
  for (const error of result.errors.filter((e) => !e.tolerable)) {
    parseFailures += 1;
    console.error(`electronegativity could not parse ${scan}/${error.file}: ${error.message}`);
  }
  for (const issue of result.issues) {
    findings.push({
      scan,
      check: issue.id,
      file: issue.file,
      line: issue.location?.line ?? null,
      severity: issue.severity.name,
      description: issue.description,
    });
  }
}

const { unexplained, explained, stale } = judgeFindings(findings, allowList);
console.log(
  `electronegativity ${SCANS.join(', ')}: ${findings.length} findings, ${explained.length} HIGH/MEDIUM explained in ${allowListFile.slice(root.length + 1)}`,
);
for (const entry of stale)
  console.warn(`allow-list entry no longer matches a finding (remove it): ${entry.scan} ${entry.check} ${entry.file}`);
for (const finding of unexplained) {
  console.error(
    `${finding.severity} ${finding.check} ${finding.scan}/${finding.file}${finding.line ? `:${finding.line}` : ''}: ${finding.description}`,
  );
}
if (unexplained.length > 0 || parseFailures > 0) {
  console.error(
    `electronegativity: ${unexplained.length} HIGH/MEDIUM findings not in the allow-list, ${parseFailures} files not parsed`,
  );
  process.exit(1);
}
