import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app://polcoop/ (or any path in the web edition): relative URLs, no inline scripts.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'chrome120',
  },
});
