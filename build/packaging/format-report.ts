import type { PackageReport } from './inspect-package';

/** Bytes as a short human figure (KiB/MiB, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function asarSummary(report: PackageReport): string[] {
  const groups = new Map<string, { count: number; bytes: number }>();
  for (const file of report.asarFiles) {
    const group = file.path.startsWith('/dist/renderer/') ? '/dist/renderer/' : file.path;
    const entry = groups.get(group) ?? { count: 0, bytes: 0 };
    groups.set(group, { count: entry.count + 1, bytes: entry.bytes + file.size });
  }
  return [...groups].map(
    ([group, { count, bytes }]) => `    ${group}${count > 1 ? ` (${count} files)` : ''}  ${formatBytes(bytes)}`,
  );
}

/** The human report of one inspected package: asar summary, bundle location, fuse states, sizes, problems. */
export function formatReport(title: string, report: PackageReport): string {
  const fuseWidth = Math.max(0, ...report.fuses.map((fuse) => fuse.name.length));
  return [
    `${title}: ${report.appOutDir}`,
    `  app.asar: ${report.asarFiles.length} files, ${formatBytes(report.sizes.asar)}`,
    ...asarSummary(report),
    `  bundle: ${report.bundleDir} (${formatBytes(report.sizes.bundle)}, manifest hashes ${report.problems.some((problem) => problem.startsWith('bundle')) ? 'DO NOT match' : 'match'})`,
    '  fuses:',
    ...report.fuses.map(
      (fuse) =>
        `    ${fuse.name.padEnd(fuseWidth)}  ${fuse.state}${fuse.expected === undefined ? ' (not set by our policy)' : fuse.state === fuse.expected ? '' : `  <- should be ${fuse.expected}`}`,
    ),
    `  sizes: app payload ${formatBytes(report.sizes.asar + report.sizes.bundle)} (asar + bundle); unpacked folder ${formatBytes(report.sizes.appOutDir)} with the placeholder runtime, which a real Electron runtime replaces`,
    ...(report.problems.length === 0
      ? ['  result: OK']
      : ['  PROBLEMS:', ...report.problems.map((problem) => `    - ${problem}`)]),
  ].join('\n');
}
