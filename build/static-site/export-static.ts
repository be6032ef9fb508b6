import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { mimeTypeOf } from '../../electron/mime-types';
import { compressedVariants } from '../web-edition/compressed-variants';
import { checkSite } from '../web-edition/site-check';
import { exportedEntryPage } from './entry-page';
import { apacheHtaccess } from './kits/apache-htaccess';
import { caddyfile } from './kits/caddyfile';
import { kubernetesDockerfile, kubernetesManifest } from './kits/kubernetes-manifest';
import { nginxConf } from './kits/nginx-conf';
import { staticHostHeaders } from './kits/static-host-headers';
import { listFiles } from '../../electron/bundle-verification';
import { describeSite, SITE_MANIFEST, type SiteManifest } from './site-manifest';
import { siteHeaderPlan } from './site-headers';

/** What `npm run export:static` writes, and from where. */
export interface StaticExportOptions {
  outDir: string;
  /** The URL path the site will be served under, with a slash at each end. */
  basePath: string;
  /** Where the kits say the `site/` folder sits on the web server. */
  webRoot: string;
  rendererDir: string;
  bundleDir: string;
}

/** The outcome of an export: its manifest, or why nothing was written. */
export type StaticExport = { ok: true; manifest: SiteManifest; bundleFolder: string } | { ok: false; message: string };

/** The port the nginx and Caddy kits listen on; the Kubernetes kit uses the unprivileged image's own. */
const KIT_PORT = 8080;

/** The content-addressed folder of a bundle: the first 16 hex digits of its manifest's SHA-256, which pins every file's hash. */
function bundleFolderOf(manifestBytes: Buffer): string {
  return `bundle/${createHash('sha256').update(manifestBytes).digest('hex').slice(0, 16)}/`;
}

async function writeCompressedSiblings(siteDir: string): Promise<void> {
  for (const path of await listFiles(siteDir)) {
    const file = join(siteDir, ...path.split('/'));
    const variants = await compressedVariants(await readFile(file), mimeTypeOf(file));
    if (variants.br) await writeFile(`${file}.br`, variants.br);
    if (variants.gzip) await writeFile(`${file}.gz`, variants.gzip);
  }
}

async function writeKits(deployDir: string, options: StaticExportOptions, version: string): Promise<void> {
  const plan = siteHeaderPlan(options.basePath);
  const kits: [string, string][] = [
    ['nginx/polcoop.conf', nginxConf(plan, { webRoot: options.webRoot, listen: String(KIT_PORT), brotli: true })],
    ['caddy/Caddyfile', caddyfile(plan, { webRoot: options.webRoot, port: KIT_PORT })],
    ['apache/.htaccess', apacheHtaccess(plan)],
    ['static-host/_headers', staticHostHeaders(plan)],
    ['kubernetes/Dockerfile', kubernetesDockerfile()],
    ['kubernetes/polcoop.yaml', kubernetesManifest(plan, `registry.example.internal/polcoop-site:${version}`)],
  ];
  for (const [path, text] of kits) {
    await mkdir(dirname(join(deployDir, path)), { recursive: true });
    await writeFile(join(deployDir, path), text);
  }
}

async function isEmptyOrAbsent(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? [] : Promise.reject(error),
  );
  return entries.length === 0;
}

/** Writes the whole export into `staging`, which the caller swaps into place. */
async function writeExport(
  staging: string,
  options: StaticExportOptions,
  manifestBytes: Buffer,
  identity: Omit<SiteManifest, 'format' | 'kind' | 'files' | 'basePath'>,
) {
  const siteDir = join(staging, 'site');
  const folder = bundleFolderOf(manifestBytes);
  await cp(options.rendererDir, siteDir, { recursive: true });
  const indexPath = join(siteDir, 'index.html');
  await writeFile(indexPath, exportedEntryPage(await readFile(indexPath, 'utf8'), folder));
  const bundleOut = join(siteDir, ...folder.split('/'));
  await cp(options.bundleDir, bundleOut, { recursive: true });
  // The bundle's own name, revalidated on each use: what a monitoring probe or a person reads to see which content is up.
  await writeFile(join(siteDir, 'bundle', 'manifest.json'), manifestBytes);
  await writeCompressedSiblings(siteDir);
  await writeKits(join(staging, 'deploy'), options, identity.version);
  const manifest = await describeSite(staging, { ...identity, basePath: options.basePath });
  await writeFile(join(staging, SITE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, bundleFolder: folder };
}

/**
 * Exports the built renderer and a verified bundle as static files with header kits and a hashed manifest. The export
 * is written beside `outDir` and renamed into place, so a failure leaves no partial folder; an earlier export there is
 * replaced, anything else refused.
 */
export async function exportStaticSite(options: StaticExportOptions): Promise<StaticExport> {
  const check = await checkSite({ rendererDir: options.rendererDir, bundleDir: options.bundleDir });
  if (!check.ok) return check;
  const previous = await stat(join(options.outDir, SITE_MANIFEST)).then(
    () => true,
    () => false,
  );
  if (!previous && !(await isEmptyOrAbsent(options.outDir))) {
    return {
      ok: false,
      message: `${options.outDir} is neither empty nor an earlier export (no ${SITE_MANIFEST}): choose another --out folder.`,
    };
  }
  const manifestBytes = await readFile(join(options.bundleDir, 'manifest.json'));
  const { bundleId, version, contentDate } = check.manifest;
  const suffix = randomBytes(4).toString('hex');
  const staging = join(dirname(options.outDir), `.${basename(options.outDir)}.partial-${suffix}`);
  const retired = join(dirname(options.outDir), `.${basename(options.outDir)}.old-${suffix}`);
  try {
    await mkdir(staging, { recursive: true });
    const written = await writeExport(staging, options, manifestBytes, { bundleId, version, contentDate });
    await rename(options.outDir, retired).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? undefined : Promise.reject(error),
    );
    await rename(staging, options.outDir);
    await rm(retired, { recursive: true, force: true });
    return { ok: true, ...written };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return { ok: false, message: `Cannot write the export to ${options.outDir}: ${(error as Error).message}` };
  }
}
