import { build, type BuildOptions } from 'esbuild';

/** Bundles the main process and the preload into dist/electron as CommonJS, with electron left to the runtime. */
async function main(): Promise<void> {
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    logLevel: 'warning',
    legalComments: 'none',
    sourcemap: false,
    minify: true,
    keepNames: true,
  };
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
    build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  ]);
}

await main();
