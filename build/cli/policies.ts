import { readFileSync } from 'node:fs';
import { checkPolicyFile, effectivePolicyJson } from '../../electron/policies/policy-file-check';
import { defineCommand, readCommandLine } from './command-line';

const command = defineCommand({
  script: 'policies',
  usage: 'npm run -s policies -- --check FILE',
  summary:
    'Checks an administrator policy file (policies.json, or a managed-preferences .plist) as the app reads it and prints the effective policy as JSON. Exit status 1 with one "file: field: message" line per refused value.',
  options: { check: { type: 'string', required: true, value: 'FILE', help: 'the policy file to check' } },
});

function main(): number {
  const line = readCommandLine(command);
  if (!line.ok) return line.exitCode;
  const file = line.values.check;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${file}: (file): could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const check = checkPolicyFile(file, bytes);
  if (!check.ok) {
    for (const problem of check.problems) console.error(problem);
    return 1;
  }
  console.log(JSON.stringify(effectivePolicyJson(check.policy), null, 2));
  return 0;
}

process.exitCode = main();
