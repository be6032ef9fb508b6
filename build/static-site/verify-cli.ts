import { readCommandLine } from '../cli/command-line';
import { verifySite } from './site-manifest';

/** `npm run -s site:verify -- DIR`: checks every file of a static export against its site-manifest.json; exit 1 names each difference. */
async function main(): Promise<number> {
  const line = readCommandLine({
    script: 'site:verify',
    usage: 'npm run -s site:verify -- DIR',
    summary:
      'Checks every file of a folder written by npm run export:static against its site-manifest.json (size and SHA-256), and that none is missing or added. Exit status 1 names each changed, missing or extra file.',
    options: {},
    positionals: { min: 1, max: 1, name: 'DIR' },
  });
  if (!line.ok) return line.exitCode;
  const dir = line.positionals[0] ?? '';
  const result = await verifySite(dir);
  if (!result.ok) {
    console.error(`${dir}: the export does not match its manifest:`);
    for (const problem of result.problems) console.error(`  - ${problem.message}`);
    return 1;
  }
  const { bundleId, version, contentDate, basePath, files } = result.manifest;
  console.log(
    `${dir}: all ${files.length} files match site-manifest.json (${bundleId} ${version}, content of ${contentDate}, for ${basePath})`,
  );
  return 0;
}

process.exitCode = await main();
