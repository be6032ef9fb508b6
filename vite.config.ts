import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { preloadDynamicEntry } from './build/vite/preload-dynamic-entry.ts';

// The renderer is served from app://polcoop/ (or any path in the web edition): relative URLs, no inline scripts.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadDynamicEntry('mount-app.tsx')],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    // One stylesheet linked from index.html: the UI chunk is loaded by a dynamic import and must not wait for its own CSS.
    cssCodeSplit: false,
    sourcemap: false,
    target: 'chrome120',
  },
});
