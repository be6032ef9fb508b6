import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readCommandLine, wholeNumberProblem } from '../cli/command-line';
import { startBriefingRenderer } from '../briefing/briefing-renderer';
import { bundleDocumentIds } from '../briefing/bundle-ids';
import { openPdf } from '../briefing/pdf-reading';
import { checkSite } from '../web-edition/site-check';

/** `npm run bench:briefing [-- --items N]`: a pack of the first N documents of the built content (50), printed to PDF. */
async function main(): Promise<number> {
  const line = readCommandLine({
    script: 'bench:briefing',
    usage: 'npm run -s bench:briefing -- [--items N]',
    summary:
      'Prints a briefing pack of the first N documents of the built content (dist/) to PDF in Chromium, as npm run briefing does, and reports the time: Chromium start, then each rendering (the contents are measured, then printed with their numbers).',
    options: { items: { type: 'string', default: '50', value: 'N', help: 'how many documents the pack holds' } },
    check: (values) => wholeNumberProblem('--items', values.items, 1),
  });
  if (!line.ok) return line.exitCode;
  const roots = { rendererDir: join('dist', 'renderer'), bundleDir: join('dist', 'bundle') };
  const site = await checkSite(roots);
  if (!site.ok) {
    console.error(`bench:briefing: ${site.message}`);
    return 1;
  }
  const ids = [...(await bundleDocumentIds(roots.bundleDir))].slice(0, Number(line.values.items));
  const started = performance.now();
  const renderer = await startBriefingRenderer(roots);
  const ready = performance.now();
  try {
    const { pdf } = await renderer.render({ ids, title: 'Benchmark pack', paper: 'a4' });
    const done = performance.now();
    const sheets = (await openPdf(pdf)).numPages;
    console.log(
      JSON.stringify({
        items: ids.length,
        sheets,
        bytes: pdf.byteLength,
        chromiumStartMs: Math.round(ready - started),
        packMs: Math.round(done - ready),
        totalMs: Math.round(done - started),
      }),
    );
    return 0;
  } finally {
    await renderer.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench:briefing: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
