import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { listFiles } from '../../electron/bundle-verification';

/** The file listing every other file of a static export with its size and SHA-256. */
export const SITE_MANIFEST = 'site-manifest.json';

/** A path inside the export: relative, forward slashes, no `.` or `..` segment, so checking never reads outside it. */
const plainRelativePath = z
  .string()
  .refine(
    (path) =>
      path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..') && !/[\\\0]/.test(path),
    'not a plain relative path',
  );

const siteManifestSchema = z.strictObject({
  format: z.literal(1),
  kind: z.literal('polcoop-static-export'),
  bundleId: z.string(),
  version: z.string(),
  contentDate: z.string(),
  basePath: z.string(),
  files: z.array(
    z.strictObject({
      path: plainRelativePath,
      size: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});

/** A static export's manifest. */
export type SiteManifest = z.infer<typeof siteManifestSchema>;

/** One file that makes an export differ from its manifest. */
export interface SiteProblem {
  file: string;
  reason: 'manifest' | 'missing' | 'changed' | 'extra';
  message: string;
}

const sha256Of = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The manifest of an export folder: every file but the manifest itself. */
export async function describeSite(
  dir: string,
  identity: Omit<SiteManifest, 'format' | 'kind' | 'files'>,
): Promise<SiteManifest> {
  const files = [];
  for (const path of await listFiles(dir)) {
    if (path === SITE_MANIFEST) continue;
    const data = await readFile(join(dir, ...path.split('/')));
    files.push({ path, size: data.length, sha256: sha256Of(data) });
  }
  return { format: 1, kind: 'polcoop-static-export', ...identity, files };
}

/** The outcome of checking an export folder against its manifest; never throws. */
export type SiteVerification = { ok: true; manifest: SiteManifest } | { ok: false; problems: SiteProblem[] };

async function readManifest(dir: string): Promise<SiteManifest | SiteProblem> {
  const refused = (reason: SiteProblem['reason'], message: string): SiteProblem => ({
    file: SITE_MANIFEST,
    reason,
    message,
  });
  let text: string;
  try {
    text = await readFile(join(dir, SITE_MANIFEST), 'utf8');
  } catch {
    return refused('missing', `${SITE_MANIFEST} is missing: is ${dir} a folder written by npm run export:static?`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refused('manifest', `${SITE_MANIFEST} is not valid JSON`);
  }
  const parsed = siteManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refused(
      'manifest',
      `${SITE_MANIFEST}: ${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

/** Checks every file of an export folder against its `site-manifest.json`: each changed, missing or extra file is named. */
export async function verifySite(dir: string): Promise<SiteVerification> {
  const manifest = await readManifest(dir);
  if ('reason' in manifest) return { ok: false, problems: [manifest] };
  let present: string[];
  try {
    present = await listFiles(dir);
  } catch {
    return { ok: false, problems: [{ file: '.', reason: 'missing', message: `${dir} cannot be read` }] };
  }
  const presentSet = new Set(present);
  const listed = new Set(manifest.files.map((file) => file.path));
  const problems: SiteProblem[] = [];
  for (const entry of manifest.files) {
    if (!presentSet.has(entry.path)) {
      problems.push({
        file: entry.path,
        reason: 'missing',
        message: `${entry.path} is listed in ${SITE_MANIFEST} but missing`,
      });
      continue;
    }
    const data = await readFile(join(dir, ...entry.path.split('/'))).catch(() => null);
    if (data === null || data.length !== entry.size || sha256Of(data) !== entry.sha256) {
      problems.push({
        file: entry.path,
        reason: 'changed',
        message: `${entry.path} has been changed: its SHA-256 does not match ${SITE_MANIFEST}`,
      });
    }
  }
  for (const path of present) {
    if (path !== SITE_MANIFEST && !listed.has(path))
      problems.push({ file: path, reason: 'extra', message: `${path} is not listed in ${SITE_MANIFEST}` });
  }
  return problems.length === 0 ? { ok: true, manifest } : { ok: false, problems };
}
