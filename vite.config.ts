import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { routePreload } from './src/ui/catalog/routePreload.js';

/**
 * The Content-Security-Policy of the built page (a meta tag; the dev server gets none, since Vite's
 * dev client injects inline scripts). Everything comes from the page's own origin:
 * - script-src 'self': no inline script and no 'unsafe-eval'. ajv compiles validators with
 *   `new Function`, so the chart schemas' validators are compiled at build time instead
 *   (the `chart-validators` plugin below).
 * - worker-src 'self' blob:: Monaco's editor worker and monaco-yaml's worker are bundled files of
 *   this origin (Vite's `?worker`); blob: covers a worker a library starts from a Blob URL.
 * - style-src 'unsafe-inline': MUI (emotion) and Monaco insert <style> elements and style
 *   attributes at run time, which a static page cannot give a nonce or hash.
 * - font-src / img-src data:: Monaco's codicon font and small images may be inlined as data: URLs.
 * - connect-src 'self' https:: the app loads its own chunks, and fetches a helm repository's
 *   index.yaml and chart .tgz only when the person asks for one on "Open any chart" (repositories
 *   live on other origins). Scripts, styles, workers and frames still come from this origin only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * The service worker's precache list (public/sw.js reads sw-manifest.json): every file of the build
 * but the worker itself and the manifest. APP_BUILD, different for each build, is in the worker's URL
 * (src/ui/serviceWorker.ts), so a new build installs a new worker.
 */
const APP_BUILD = Date.now().toString(36);
function serviceWorkerManifest(): Plugin {
  return {
    name: 'service-worker-manifest',
    apply: 'build',
    config: () => ({ define: { 'import.meta.env.APP_BUILD': JSON.stringify(APP_BUILD) } }),
    generateBundle(_, bundle) {
      const files = [...Object.keys(bundle), 'favicon.svg'].filter((f) => !f.endsWith('.map') && f !== 'sw-manifest.json').sort();
      this.emitFile({ type: 'asset', fileName: 'sw-manifest.json', source: JSON.stringify({ build: APP_BUILD, files }) });
    },
  };
}

const VALIDATORS = 'virtual:chart-validators';

/**
 * `virtual:chart-validators`: per chart id, a lazy chunk with its schema validator precompiled by
 * ajv (see src/core/standaloneValidator.ts), so the built page runs no `new Function`. Under the dev
 * server and in tests the map is empty and ajv compiles at run time as before.
 */
function chartValidators(): Plugin {
  let build = false;
  let sources: Promise<Record<string, string>> | undefined;
  const generate = async () => {
    const { module } = await runnerImport<{ validatorSources(): Record<string, string> }>('./src/ui/catalog/validatorSources.ts');
    return module.validatorSources();
  };
  return {
    name: 'chart-validators',
    configResolved(config) {
      build = config.command === 'build' && !config.build.ssr;
    },
    resolveId(id) {
      return id === VALIDATORS || id.startsWith(`${VALIDATORS}/`) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${VALIDATORS}`)) return undefined;
      if (!build) return 'export const loaders = {};';
      sources ??= generate();
      const byChart = await sources;
      if (id === `\0${VALIDATORS}`) {
        const entries = Object.keys(byChart).map((chartId) => `${JSON.stringify(chartId)}: () => import(${JSON.stringify(`${VALIDATORS}/${chartId}`)})`);
        return `export const loaders = { ${entries.join(', ')} };`;
      }
      return byChart[id.slice(`\0${VALIDATORS}/`.length)];
    },
  };
}

// Monaco (and monaco-yaml) only load through a dynamic import, so they land in their own lazy
// chunk. React and MUI are left to automatic splitting: a named vendor group would also pull in
// the MUI parts only the lazy editors use (Tooltip, Popper) and make them part of the first load.
// The same holds for our own code: the chart and stack pages, each chart module, ajv, the `yaml`
// package and the bundle code are split by their dynamic imports (see docs/ARCHITECTURE.md,
// Performance). A group for src/core (fewer requests on a chart page) took ajv into the chart page
// with it, so there is none.
export default defineConfig({
  // routePreload before serviceWorkerManifest, so the worker's precache list has its script.
  plugins: [react(), contentSecurityPolicy(), chartValidators(), routePreload(), serviceWorkerManifest()],
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
            // Fewer, larger files: a chart page opened directly fetched ~70 files, and over HTTP/1.1's
            // six connections per host the waiting was ~200 ms of the open. `start`: the first page's
            // modules (MUI's among them) in one file; `mui`: the rest of MUI, in one file for the
            // chart page (bench/openTrace.ts, form and problems on screen, p50: 1,007 -> 930 ms with
            // a MUI group, then 991 -> 871 ms adding the start group). `start` outranks `mui`, so the
            // picker loads only its own MUI (index.html: 31 files, 144.7 KB gzip -> 4 files, 133.2 KB).
            { name: 'start', tags: ['$initial'], priority: 3 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion|react-transition-group|stylis|@babel[\\/]runtime|hoist-non-react-statics|clsx|prop-types|react-is)[\\/]/, priority: 2 },
            { name: 'monaco', test: /node_modules[\\/](monaco-editor|monaco-yaml|monaco-languageserver-types|monaco-marker-data-provider|monaco-types|monaco-worker-manager|vscode-)/, priority: 3 },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
