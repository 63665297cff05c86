// Benchmark: prints figures, asserts nothing. `npm run bench`
//  1. initial JS (gzip) the page loads before Monaco, from the production build;
//  2. chart open: from navigating to `/#/centrifugo` until the form (down to replicaCount, which the
//     second render pass shows) and the problems panel are visible, median of 5 fresh pages; the
//     longest task; when the schema check joined the problems;
//  3. keystroke-to-preview: p50/p95 of the app's `configurator:update` measures while typing into a
//     field of Centrifugo with every feature on, in Debian's Chromium (after a warm-up), plus the time
//     from each keydown to the next painted frame;
//  4. share-link length of every preset of every chart;
//  5. the installed command's `template` vs the real `helm template`, whole processes (bench/cli.ts);
//  6. Kubernetes checks of the rendered objects per evaluation (bench/kubeChecks.ts);
//  7. the any-chart engine (bench/engine.ts): render time of public charts in Node beside helm's,
//     the engine chunk's size, keystroke-to-preview on a chart opened from a folder.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { charts, findChart } from '../src/charts';
import { diffValues, defaultsFromSchema, mergeValues } from '../src/core/values';
import { encodeShareLink } from '../src/core/share';
import { evaluate } from '../src/core/evaluate';
import { ALL_FEATURES } from './features';
import { kubeChecksBench } from './kubeChecks';
import { cliBench } from './cli';
import { findTool } from '../scripts/helmTools';
import { CORPUS, CORPUS_BENCH_CHARTS, engineChunkGzip, engineRenderTimes, figures, genericKeystrokeBench, helmTemplateTimes, measureTyping, show } from './engine';

const root = resolve(import.meta.dirname, '..');
const PORT = 4179;
const KEYSTROKES = 60;
const WARMUP = 8;
const OPEN_RUNS = 5;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** p50 / p95 / max of a series, as every figure of the benchmark prints it. */
const stats = (values: number[]): string => show(figures(values));


function initialJsGzip(): { files: string[]; bytes: number } {
  const dist = join(root, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = refs.reduce((sum, ref) => sum + gzipSync(readFileSync(join(dist, ref))).length, 0);
  return { files: refs, bytes };
}

function lazyChunksGzip(): { monaco: number; all: number } {
  const dir = join(root, 'dist', 'assets');
  let monaco = 0;
  let all = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const size = gzipSync(readFileSync(join(dir, f))).length;
    all += size;
    if (/monaco|editor|yaml\.worker|worker/i.test(f)) monaco += size;
  }
  return { monaco, all };
}

async function waitForServer(url: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

// Runs in the page from its first script (a string: the bench's own transpiler would add helpers
// the page lacks). Records when the form down to replicaCount and the problems panel are visible,
// when the problems panel stops being busy (schema check done), and every long task.
const OPEN_PROBE = `
  window.__open = { long: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__open.long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  const probe = () => {
    const o = window.__open;
    const field = document.querySelector('[data-param="replicaCount"]');
    const problems = document.querySelector('section[aria-label="Problems"]');
    if (o.shown === undefined && field && problems && field.checkVisibility() && problems.checkVisibility()) o.shown = performance.now();
    if (o.checked === undefined && problems && !problems.hasAttribute('aria-busy')) o.checked = performance.now();
    if (o.shown === undefined || o.checked === undefined) requestAnimationFrame(probe);
  };
  requestAnimationFrame(probe);
`;

interface OpenRun {
  shown: number;
  checked: number;
  longest: number;
}

async function chartOpenBench(browser: Browser): Promise<OpenRun[]> {
  const runs: OpenRun[] = [];
  // One warm-up (the server's and the disk's caches), then fresh pages without storage.
  for (let i = 0; i <= OPEN_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
    const page = await context.newPage();
    await page.addInitScript(OPEN_PROBE);
    await page.goto(`http://127.0.0.1:${PORT}/#/centrifugo`);
    await page.waitForFunction(() => {
      const o = (window as unknown as { __open: { shown?: number; checked?: number } }).__open;
      return o.shown !== undefined && o.checked !== undefined;
    }, undefined, { timeout: 60_000 });
    await page.waitForTimeout(500);
    const run = await page.evaluate(() => {
      const o = (window as unknown as { __open: { shown: number; checked: number; long: number[] } }).__open;
      return { shown: o.shown, checked: o.checked, longest: Math.max(0, ...o.long) };
    });
    if (i > 0) runs.push(run);
    await context.close();
  }
  return runs;
}

async function withPreviewBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  // Its own process group, so stopping it also stops the vite process npx started.
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      return await work(browser);
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid);
  }
}

async function keystrokeBench(browser: Browser): Promise<{ update: number[]; paint: number[] }> {
  const chart = findChart('centrifugo')!;
  const defaults = defaultsFromSchema(chart.schema);
  const { fragment } = encodeShareLink(
    { chart: 'centrifugo', values: diffValues(defaults, mergeValues(defaults, ALL_FEATURES)) },
    { includeSecrets: true, schema: chart.schema },
  );
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  await page.goto(`http://127.0.0.1:${PORT}/${fragment}`);
  await page.locator('.monaco-editor').first().waitFor({ timeout: 60_000 });
  return measureTyping(page, 'fullnameOverride', 'realtime-messaging-cluster-for-bench-abcdefghijklmnopqrstuvwxyz0123456789', KEYSTROKES, WARMUP);
}

const LINK_BASE = 'https://example.org/app/';

function shareLinkLengths(): string[] {
  const out: string[] = [];
  for (const chart of charts) {
    const defaults = defaultsFromSchema(chart.schema);
    for (const preset of chart.presets) {
      const values = diffValues(defaults, mergeValues(defaults, preset.values));
      const { fragment } = encodeShareLink({ chart: chart.id, values }, { includeSecrets: false, schema: chart.schema });
      // Issue 12: the HA configuration's whole link, page address included, stays under 300 characters.
      const target = `${chart.id}/${preset.id}` === 'centrifugo/ha-redis' ? ` (whole link with ${LINK_BASE}: ${LINK_BASE.length + fragment.length}, target under 300)` : '';
      out.push(`  ${chart.id}/${preset.id}: ${fragment.length} characters${target}`);
    }
  }
  return out;
}


async function main() {
  console.log('== build');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const initial = initialJsGzip();
  const lazy = lazyChunksGzip();
  console.log(`initial JS before Monaco: ${(initial.bytes / 1024).toFixed(1)} KB gzip (${initial.files.join(', ')})`);
  console.log(`all JS chunks: ${(lazy.all / 1024).toFixed(1)} KB gzip, of which Monaco/worker chunks ${(lazy.monaco / 1024).toFixed(1)} KB (lazy)`);

  const chart = findChart('centrifugo')!;
  try {
    await withPreviewBrowser(async (browser) => {
      console.log('\n== chart open (/#/centrifugo, fresh page: navigation until replicaCount and the problems panel are visible)');
      const open = await chartOpenBench(browser);
      console.log(`shown: ${stats(open.map((r) => r.shown))}`);
      console.log(`schema check joined the problems: ${stats(open.map((r) => r.checked))}`);
      console.log(`longest task while opening: ${stats(open.map((r) => r.longest))}`);

      console.log('\n== keystroke to preview (Centrifugo, every feature on, typing into fullnameOverride)');
      const evaluation = evaluate(chart, diffValues(defaultsFromSchema(chart.schema), mergeValues(defaultsFromSchema(chart.schema), ALL_FEATURES)), { name: 'release-name', namespace: 'default' });
      console.log(`preview size: ${evaluation.objects.length} objects, ${evaluation.yaml.split('\n').length} lines, ${(evaluation.yaml.length / 1024).toFixed(1)} KB`);
      const { update, paint } = await keystrokeBench(browser);
      console.log(`configurator:update (values -> preview text applied): ${stats(update)}`);
      console.log(`keydown -> next painted frame: ${stats(paint)}`);

      if (existsSync(join(CORPUS, 'bitnami-nginx'))) {
        console.log('\n== keystroke to preview on a chart opened from a folder (corpus bitnami-nginx, typing into fullnameOverride)');
        const generic = await genericKeystrokeBench(browser, `http://127.0.0.1:${PORT}`, join(CORPUS, 'bitnami-nginx'), 'fullnameOverride');
        console.log(`configurator:update: ${stats(generic.update)}`);
        console.log(`keydown -> next painted frame: ${stats(generic.paint)}`);
      }
    });
  } catch (e) {
    console.log(`browser part failed: ${(e as Error).message}`);
  }

  console.log('\n== share link length per preset (secrets left out)');
  for (const line of shareLinkLengths()) console.log(line);

  await cliBench(); // the installed command vs helm template (bench/cli.ts)
  const helm = findTool('helm');
  console.log('\n== CLI evaluate in-process');
  const inProcess: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    evaluate(chart, ALL_FEATURES, { name: 'release-name', namespace: 'default' });
    inProcess.push(performance.now() - t0);
  }
  console.log(`  in-process evaluate (validate + render + YAML), every feature on: ${stats(inProcess.slice(10))}`);

  await kubeChecksBench();

  console.log('\n== any-chart engine');
  const chunk = engineChunkGzip(initial.files);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Open any chart downloads beyond the first page: ${kb(chunk.bytes)} gzip (${chunk.files.join(', ')})`);
  console.log(`  of which the engine's own code: ${kb(chunk.bytes - chunk.sharedBytes)} (target < 60 KB); libraries and core every chart page loads too: ${kb(chunk.sharedBytes)} (${chunk.shared.join(', ')})`);
  if (CORPUS_BENCH_CHARTS.length === 0) console.log('  render times skipped: ../shared/corpus is not beside the repo');
  for (const name of CORPUS_BENCH_CHARTS) {
    const dir = join(CORPUS, name);
    const ours = figures(await engineRenderTimes(dir));
    const theirs = helm ? `; helm template (whole process) ${show(figures(helmTemplateTimes(helm, dir)))}` : '';
    console.log(`  ${name}: engine render in Node ${show(ours)}${name === 'ingress-nginx' ? ' (target p95 < 10 ms)' : ''}${theirs}`);
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
