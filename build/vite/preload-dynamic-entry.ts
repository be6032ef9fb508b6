import type { Plugin } from 'vite';

/**
 * Adds a `<link rel="modulepreload">` for the chunk of a module the entry loads with `import()`, so the browser
 * fetches and compiles that chunk while the small entry runs, instead of only once the entry asks for it.
 */
export function preloadDynamicEntry(moduleFileName: string): Plugin {
  return {
    name: 'polcoop:preload-dynamic-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) =>
            output.type === 'chunk' && output.isDynamicEntry && output.facadeModuleId?.endsWith(`/${moduleFileName}`),
        );
        if (!chunk)
          throw new Error(
            `preload-dynamic-entry: no dynamic chunk for ${moduleFileName}; is it still loaded with import()?`,
          );
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
