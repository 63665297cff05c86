import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Monaco (and monaco-yaml) only load through a dynamic import, so they land in their own lazy
// chunk. React and MUI are left to automatic splitting: a named vendor group would also pull in
// the MUI parts only the lazy editors use (Tooltip, Popper) and make them part of the first load.
// The same holds for our own code: the chart and stack pages, each chart module, ajv, the `yaml`
// package and the bundle code are split by their dynamic imports (see docs/ARCHITECTURE.md,
// Performance). A group for src/core (fewer requests on a chart page) took ajv into the chart page
// with it, so there is none.
export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: the build also works when served from a sub-path (e.g. GitHub Pages).
  base: './',
  worker: { format: 'es' },
  resolve: {
    alias: [
      // monaco-yaml's worker (via monaco-worker-manager) imports the pre-0.56 path
      // `monaco-editor/esm/vs/...`, which monaco-editor 0.57's exports map no longer resolves.
      { find: /^monaco-editor\/esm\/vs\//, replacement: 'monaco-editor/' },
    ],
  },
  // Dev server only: the YAML worker imports CommonJS path-browserify (served raw it fails with
  // "module is not defined"), and pre-bundling the editor worker avoids a reload on first open.
  optimizeDeps: { include: ['path-browserify', 'monaco-editor/esm/vs/editor/editor.worker.js'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Monaco's own lazy imports use Vite's preload helper; without its own chunk the helper
            // joins the monaco group and the entry imports (preloads) all of Monaco at start.
            { name: 'vite-preload-helper', test: /vite[\\/]preload-helper/, priority: 4 },
            { name: 'monaco', test: /node_modules[\\/](monaco-editor|monaco-yaml|monaco-languageserver-types|monaco-marker-data-provider|monaco-types|monaco-worker-manager|vscode-)/, priority: 3 },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
