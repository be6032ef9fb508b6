import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StaticExportOptions } from '../../../build/static-site/export-static';
import { writeBundle } from '../web-edition/site-fixture';

/** A built renderer and bundle in a temp folder, shaped as Vite and the compiler write them, and where to export them. */
export interface ExportFixture {
  dir: string;
  options: StaticExportOptions;
  remove(): void;
}

/** index.html as Vite writes it from renderer/index.html (the parts the export rewrites). */
const FIXTURE_INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>EU Police Cooperation Reference</title>
    <link rel="preload" href="bundle/bundle.json" as="fetch" crossorigin />
    <script type="module" crossorigin src="./assets/index-AbC123_x.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;

/** Creates the fixture; `--out` is `<dir>/export`, which does not exist yet. */
export function createExportFixture(basePath = '/'): ExportFixture {
  const dir = mkdtempSync(join(tmpdir(), 'polcoop-export-'));
  const rendererDir = join(dir, 'dist', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), FIXTURE_INDEX);
  writeFileSync(
    join(rendererDir, 'assets', 'index-AbC123_x.js'),
    `console.log(${JSON.stringify('the reader '.repeat(400))});\n`,
  );
  writeFileSync(join(rendererDir, 'assets', 'logo-Zy98_wvU.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]));
  const bundleDir = join(dir, 'dist', 'bundle');
  writeBundle(bundleDir, {
    'bundle.json': Buffer.from(
      JSON.stringify({ documents: Array.from({ length: 50 }, (_, i) => ({ id: `doc-${i}`, title: `Document ${i}` })) }),
    ),
    'search-index.json': Buffer.from(JSON.stringify({ index: 'x'.repeat(2000) })),
  });
  return {
    dir,
    options: { outDir: join(dir, 'export'), basePath, webRoot: '/srv/polcoop', rendererDir, bundleDir },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
