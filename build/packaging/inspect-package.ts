import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { verifyBundle } from '../../electron/bundle-verification';
import { listAsarFiles, type AsarFile } from './asar-files';
import { asarProblems } from './asar-policy';
import { directorySize } from './directory-size';
import { fuseProblems, readFuses, type FuseReading } from './fuse-readback';
import type { FuseSettings } from './fuse-policy';
import { windowsAsarIntegrityProblems } from './windows-asar-integrity';

/** What the check found in one unpacked app folder. */
export interface PackageReport {
  appOutDir: string;
  asarFiles: AsarFile[];
  bundleDir: string;
  fuses: FuseReading[];
  sizes: { asar: number; bundle: number; appOutDir: number };
  problems: string[];
}

/** Inspects an unpacked app: asar contents, the bundle beside it, the executable's fuses and the sizes. */
export async function inspectPackage(
  appOutDir: string,
  executable: string,
  expectedFuses: FuseSettings,
): Promise<PackageReport> {
  const asarPath = join(appOutDir, 'resources', 'app.asar');
  const bundleDir = join(appOutDir, 'resources', 'bundle');
  const executablePath = join(appOutDir, executable);
  const problems: string[] = [];
  if (!existsSync(asarPath)) problems.push(`no app.asar at ${asarPath}`);
  if (!existsSync(executablePath)) problems.push(`no executable at ${executablePath}`);
  const asarFiles = existsSync(asarPath) ? listAsarFiles(asarPath) : [];
  const fuses = existsSync(executablePath) ? await readFuses(executablePath, expectedFuses) : [];
  const bundle = await verifyBundle(bundleDir);
  const bundleProblems = bundle.ok
    ? []
    : bundle.problems.map((problem) => `bundle at ${bundleDir}: ${problem.message}`);
  problems.push(
    ...(existsSync(asarPath) ? asarProblems(asarFiles.map((file) => file.path)) : []),
    ...bundleProblems,
    ...(fuses.length > 0 ? fuseProblems(fuses, expectedFuses) : []),
  );
  if (executable.endsWith('.exe') && existsSync(executablePath) && existsSync(asarPath))
    problems.push(...windowsAsarIntegrityProblems(executablePath, asarPath));
  return {
    appOutDir,
    asarFiles,
    bundleDir,
    fuses,
    sizes: {
      asar: existsSync(asarPath) ? statSync(asarPath).size : 0,
      bundle: existsSync(bundleDir) ? directorySize(bundleDir) : 0,
      appOutDir: directorySize(appOutDir),
    },
    problems,
  };
}
