import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPackService } from '../../electron/content-packs/pack-service';
import { resolveActivePack } from '../../electron/content-packs/pack-startup';
import { DEFAULT_ZIP_LIMITS } from '../../electron/content-packs/zip-limits';
import { readCommandLine, wholeNumberProblem } from '../cli/command-line';
import { buildContent } from '../compiler/compile';
import { packBundle } from '../packs/make-pack';
import { generatePackKeyPair } from '../packs/pack-keys';
import { writeSampleBundle } from '../packs/sample-bundle';
import { writeSyntheticContent } from './content-synthetic';

const TARGET_MS = 10_000;

async function timed<T>(action: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await action();
  return { ms: performance.now() - start, value };
}

/** `npm run bench:packs [-- --documents N]`: verify and install of a pack of N documents (10,000); compiling it is not measured. */
async function main(): Promise<number> {
  const line = readCommandLine({
    script: 'bench:packs',
    usage: 'npm run -s bench:packs -- [--documents N]',
    summary:
      'Compiles a synthetic pack of N documents (not measured), then times verifying, previewing and installing it as the app does. Exit status 1 when it takes 10 s or more.',
    options: { documents: { type: 'string', default: '10000', value: 'N', help: 'how many documents the pack holds' } },
    check: (values) => wholeNumberProblem('--documents', values.documents, 1),
  });
  if (!line.ok) return line.exitCode;
  const count = Number(line.values.documents);
  const work = mkdtempSync(join(tmpdir(), 'polcoop-packs-bench-'));
  try {
    console.error(`compiling ${count} synthetic documents (not measured)…`);
    writeSyntheticContent(join(work, 'content'), count);
    const bundleDir = join(work, 'bundle');
    buildContent(join(work, 'content'), bundleDir);
    const key = generatePackKeyPair();
    const packFile = join(work, 'bench.polcoop');
    writeFileSync(packFile, packBundle(bundleDir, key.privateKeyPem, '0.1.0'));
    // The content in use: most of the same documents, a tenth of them edited, so the change list has work to do.
    const { documents } = JSON.parse(readFileSync(join(bundleDir, 'bundle.json'), 'utf8')) as {
      documents: Array<{ id: string; title: string }>;
    };
    const builtIn = join(work, 'built-in');
    writeSampleBundle(builtIn, {
      bundleId: 'synthetic',
      version: '0.9.0',
      documents: documents
        .slice(0, Math.floor(count * 0.95))
        .map((document, index) => ({ ...document, ...(index % 10 === 0 ? { text: 'old' } : {}) })),
    });
    const root = join(work, 'user-data', 'content-packs');
    mkdirSync(root, { recursive: true });
    const keys = [{ id: key.id, label: 'bench', publicKeyPem: key.publicKeyPem }];
    const service = createPackService({
      root,
      keys,
      limits: DEFAULT_ZIP_LIMITS,
      bundleId: 'synthetic',
      appVersion: '0.1.0',
      served: () => ({ bundleDir: builtIn, version: '0.9.0', contentDate: '', source: 'built-in' }),
      builtInBundleDir: builtIn,
      notices: [],
    });

    console.error('measuring…');
    const preview = await timed(() => service.preview(packFile));
    if (preview.value.outcome !== 'ready') throw new Error(`the pack was refused: ${JSON.stringify(preview.value)}`);
    const { token, changes } = preview.value.preview;
    const install = await timed(() => service.install(token, false));
    if (install.value.outcome !== 'switched') throw new Error(`not installed: ${JSON.stringify(install.value)}`);
    const startup = await timed(() => resolveActivePack(root, { keys, bundleId: 'synthetic', appVersion: '0.1.0' }));
    if (startup.value.bundleDir === null)
      throw new Error(`start-up refused the pack: ${startup.value.notices.join('; ')}`);

    const manifest = JSON.parse(readFileSync(join(bundleDir, 'manifest.json'), 'utf8')) as {
      files: Array<{ size: number }>;
    };
    const total = preview.ms + install.ms;
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `pack: ${count} documents, ${mb(statSync(packFile).size)} archive, ${mb(manifest.files.reduce((sum, file) => sum + file.size, 0))} uncompressed`,
    );
    console.log(
      `changes found: ${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed`,
    );
    console.log(
      `verify and preview (read, inflate, check signature, stage, verify every hash, diff): ${preview.ms.toFixed(0)} ms`,
    );
    console.log(`install (rename into place, atomic active.json, What's new): ${install.ms.toFixed(0)} ms`);
    console.log(
      `verified and installed in ${total.toFixed(0)} ms (target under ${TARGET_MS} ms): ${total < TARGET_MS ? 'met' : 'NOT met'}`,
    );
    console.log(`start-up re-verification of the installed pack: ${startup.ms.toFixed(0)} ms`);
    console.log(`peak RSS of the bench process: ${mb(process.resourceUsage().maxRSS * 1024)}`);
    return total >= TARGET_MS ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
