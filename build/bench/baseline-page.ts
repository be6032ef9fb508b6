import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const SOURCE_DIR = join(process.cwd(), 'dist', 'bench', 'baseline-src');
/** Where the baseline page is built: served like the renderer, by the same handler, under the same CSP. */
const BASELINE_DIR = join(process.cwd(), 'dist', 'bench', 'baseline');

// As small as a Vite + React page gets: one root, one heading inside <main> (what the probe waits for in the app).
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Baseline</title>
    <script type="module" src="./main.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
const MAIN_JS = `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(createElement('main', null, createElement('h1', null, 'Baseline')));
`;

/**
 * Builds the floor the UI benchmark compares against: an empty Vite + React page that shows one heading, built with
 * the renderer's Vite, target and relative base (its sources are written inside the repository, so React resolves
 * from its node_modules).
 */
export async function buildBaselinePage(): Promise<string> {
  rmSync(SOURCE_DIR, { recursive: true, force: true });
  mkdirSync(SOURCE_DIR, { recursive: true });
  writeFileSync(join(SOURCE_DIR, 'index.html'), INDEX_HTML);
  writeFileSync(join(SOURCE_DIR, 'main.js'), MAIN_JS);
  await build({
    configFile: false,
    root: SOURCE_DIR,
    base: './',
    logLevel: 'warn',
    build: { outDir: BASELINE_DIR, emptyOutDir: true, modulePreload: { polyfill: false }, target: 'chrome120' },
  });
  return BASELINE_DIR;
}
