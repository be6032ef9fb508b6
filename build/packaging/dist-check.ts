import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { executableNames } from './builder-config';
import { formatBytes, formatReport } from './format-report';
import { fusePolicy, isTestBuild } from './fuse-policy';
import { ICON_OUT_DIR, ICON_SOURCE } from './icon-paths';
import { generateIconSet } from './icon-set';
import { inspectPackage } from './inspect-package';
import { packageOffline } from './package-offline';
import { writePlaceholderRuntime, type PlaceholderPlatform } from './placeholder-runtime';
import { localSevenZip } from './seven-zip';
import { tarGzEntries } from './tar-gz-entries';

// Offline packaging check: electron-builder's dir targets (and Linux tar.gz) on a placeholder runtime, then what they hold.
const projectDir = process.cwd();
const checkDir = join(projectDir, 'release', 'check');
const started = performance.now();

for (const built of ['dist/electron/main.cjs', 'dist/renderer/index.html', 'dist/bundle/manifest.json']) {
  if (!existsSync(join(projectDir, built)))
    throw new Error(`${built} is missing: run \`npm run build\` first (npm run dist:check does).`);
}
process.env.ELECTRON_BUILDER_7ZIP_PATH = localSevenZip(process.env);
await generateIconSet(join(projectDir, ICON_SOURCE), join(projectDir, ICON_OUT_DIR));

const electronVersion = (
  JSON.parse(readFileSync(join(projectDir, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
).version;
const names = executableNames(projectDir);
const testBuild = isTestBuild(process.env);
const reports: string[] = [];
let problems = 0;

async function check(platform: PlaceholderPlatform, targets: string[], unpackedName: string): Promise<string> {
  const runtimeDir = join(checkDir, 'runtime', platform);
  const outputDir = join(checkDir, platform);
  writePlaceholderRuntime(runtimeDir, platform, electronVersion);
  const artifacts = await packageOffline({ projectDir, platform, targets, electronDist: runtimeDir, outputDir });
  const report = await inspectPackage(
    join(outputDir, unpackedName),
    names[platform],
    fusePolicy(platform, { testBuild }),
  );
  const lines = [
    formatReport(`${platform} (${targets.join(', ')}, ${testBuild ? 'TEST build' : 'release build'})`, report),
  ];
  for (const artifact of artifacts.filter((path) => path.endsWith('.tar.gz'))) {
    const entries = tarGzEntries(artifact);
    const wanted = ['resources/app.asar', 'resources/bundle/manifest.json', names.linux];
    const missing = wanted.filter((suffix) => !entries.some((entry) => entry.endsWith(`/${suffix}`)));
    lines.push(
      `  tar.gz: ${artifact} (${formatBytes(readFileSync(artifact).length)}, ${entries.length} entries${missing.length ? `, MISSING ${missing.join(', ')}` : ', holds executable, app.asar and bundle'})`,
    );
    report.problems.push(...missing.map((suffix) => `tar.gz lacks ${suffix}`));
  }
  problems += report.problems.length;
  return lines.join('\n');
}

reports.push(await check('linux', ['dir', 'tar.gz'], 'linux-unpacked'));
reports.push(await check('win32', ['dir'], 'win-unpacked'));
console.log(
  `\n${reports.join('\n\n')}\n\ndist:check ${problems === 0 ? 'passed' : `FAILED with ${problems} problem(s)`} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exitCode = problems === 0 ? 0 : 1;
