import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where an Electron runtime was found, or why none could be. */
export type RuntimeLookup = { found: true; executable: string } | { found: false; reason: string };

const HOW_TO_PROVIDE = [
  'Provide one in either way:',
  '  - on a machine with internet access, run `npx install-electron` once (it downloads the runtime into node_modules/electron/dist);',
  '  - on an air-gapped machine, unpack the Electron release for your platform (same version as node_modules/electron/package.json)',
  '    into a folder and set ELECTRON_OVERRIDE_DIST_PATH to that folder.',
].join('\n');

function electronPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

function fromOverride(dir: string): RuntimeLookup {
  const candidates = ['electron', 'electron.exe', 'Electron.app/Contents/MacOS/Electron'].map((name) =>
    join(dir, name),
  );
  const executable = candidates.find((path) => existsSync(path));
  return executable
    ? { found: true, executable }
    : {
        found: false,
        reason: `ELECTRON_OVERRIDE_DIST_PATH is set to ${dir}, but no Electron executable is there.\n${HOW_TO_PROVIDE}`,
      };
}

function fromPackage(packageDir: string): RuntimeLookup | undefined {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? { found: true, executable } : undefined;
}

/** Finds the Electron runtime: the override folder, an installed download, or (if allowed) a fresh download. */
export function findElectronRuntime(options: { download: boolean }): RuntimeLookup {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return fromOverride(override);
  const packageDir = electronPackageDir();
  const installed = fromPackage(packageDir);
  if (installed) return installed;
  if (options.download) {
    const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'pipe', timeout: 300_000 });
    const downloaded = fromPackage(packageDir);
    if (result.status === 0 && downloaded) return downloaded;
  }
  return {
    found: false,
    reason: `The Electron runtime is not installed${options.download ? ' and could not be downloaded (no internet access?)' : ''}.\n${HOW_TO_PROVIDE}`,
  };
}
