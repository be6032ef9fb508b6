/** Files the packaged app cannot start without. */
export const REQUIRED_ASAR_FILES = [
  '/package.json',
  '/dist/electron/main.cjs',
  '/dist/electron/preload.cjs',
  '/dist/renderer/index.html',
] as const;

const ALLOWED_EXACT = new Set<string>(['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs']);
const ALLOWED_PREFIX = '/dist/renderer/';

function rejection(path: string): string | undefined {
  if (/(^|\/)node_modules\//.test(path))
    return 'a dependency: main, preload and renderer are bundled, so no node_modules may be packed';
  if (path.endsWith('.map')) return 'a source map';
  if (/(^|\/)tests?\//.test(path) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(path)) return 'a test file';
  if (/\.(ts|tsx|mts|cts)$/.test(path)) return 'a source file';
  if (ALLOWED_EXACT.has(path) || path.startsWith(ALLOWED_PREFIX)) return undefined;
  return 'not part of the app (only package.json, dist/electron/{main,preload}.cjs and dist/renderer/ belong in app.asar)';
}

/** What is wrong with a list of packed paths: each file that must not be packed, and each required file that is missing. */
export function asarProblems(paths: readonly string[]): string[] {
  const problems = paths.flatMap((path) => {
    const reason = rejection(path);
    return reason ? [`app.asar must not contain ${path}: ${reason}`] : [];
  });
  const present = new Set(paths);
  for (const required of REQUIRED_ASAR_FILES) {
    if (!present.has(required)) problems.push(`app.asar lacks ${required}, which the app needs to start`);
  }
  return problems;
}
