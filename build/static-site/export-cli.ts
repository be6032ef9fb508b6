import { printRefusal } from '../cli/command-line';
import { parseExportOptions } from './export-options';
import { exportStaticSite } from './export-static';

/** `npm run export:static -- --out DIR [--base-path /polcoop/]`: the web edition as static files with header kits. */
async function main(): Promise<number> {
  const parsed = parseExportOptions(process.argv.slice(2), process.cwd());
  if (!parsed.ok) {
    printRefusal(parsed);
    return parsed.exitCode;
  }
  const result = await exportStaticSite(parsed.options);
  if (!result.ok) {
    console.error(result.message);
    return 1;
  }
  const { manifest, bundleFolder } = result;
  const out = parsed.options.outDir;
  console.log(
    `Exported ${manifest.bundleId} ${manifest.version} (content of ${manifest.contentDate}) for ${manifest.basePath}: ${manifest.files.length} files`,
  );
  console.log(
    `  ${out}/site/             serve this folder (entry points index.html and bundle/manifest.json; assets/ and ${bundleFolder} are immutable)`,
  );
  console.log(`  ${out}/deploy/           nginx, Caddy, Apache, _headers and Kubernetes kits with the same headers`);
  console.log(`  ${out}/site-manifest.json  npm run -s site:verify -- ${out} checks every file against it`);
  return 0;
}

process.exitCode = await main();
