import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { manifestSchema } from '../../content/model/bundle-schema';

/** Checks a packaged bundle folder: a valid `manifest.json`, every listed file present with its size and SHA-256, nothing unlisted. */
export function bundleProblems(bundleDir: string): string[] {
  const manifestPath = join(bundleDir, 'manifest.json');
  if (!existsSync(manifestPath)) return [`no bundle at ${bundleDir}: manifest.json is missing`];
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!parsed.success) return [`${manifestPath} is not a valid manifest: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`];
  const problems: string[] = [];
  for (const file of parsed.data.files) {
    if (file.path.split('/').includes('..') || isAbsolute(file.path)) {
      problems.push(`bundle manifest lists ${file.path}, which lies outside the bundle folder`);
      continue;
    }
    const path = join(bundleDir, file.path);
    if (!existsSync(path)) {
      problems.push(`bundle file ${file.path} is listed in the manifest but missing`);
      continue;
    }
    const bytes = readFileSync(path);
    if (bytes.length !== file.size) problems.push(`bundle file ${file.path} is ${bytes.length} bytes, the manifest says ${file.size}`);
    if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) problems.push(`bundle file ${file.path} does not match its SHA-256 in the manifest`);
  }
  const listed = new Set(['manifest.json', ...parsed.data.files.map((file) => file.path)]);
  for (const name of readdirSync(bundleDir, { recursive: true, withFileTypes: true })) {
    if (!name.isFile()) continue;
    const relative = join(name.parentPath, name.name).slice(bundleDir.length + 1).split('\\').join('/');
    if (!listed.has(relative)) problems.push(`bundle file ${relative} is not listed in the manifest`);
  }
  return problems;
}
