// Benchmark: prints figures, asserts nothing.
//   npm run bench [-- --runs N] [--quick] [--keystrokes N] [--no-build] [--port 4179] [--out /tmp/dist-bench]
// Builds the app once (to --out), then repeats the browser, CLI and Kubernetes-check figures N times
// (default 3; the machine's load average printed at the start and end of each run), and ends with a
// SUMMARY table: each figure of issue 12 beside its target, its value in every run, their spread and
// whether it was met. --quick: one run with fewer keystrokes, opens and CLI runs (a smoke test);
// --keystrokes N: measured keystrokes per page (after the warm-up); --no-build: serve --out as it is.
// Per run:
//  1. chart open: from navigating to `/#/centrifugo` (a fresh browser context) until the form (down
//     to replicaCount, which the second render pass shows) and the problems panel are visible, and
//     until the schema check joined the problems (the panel no longer busy); median of the opens;
//  2. keystrokes into fullnameOverride of Centrifugo with every feature on, on a fresh page after a
//     warm-up: Event Timing, our own keydown-to-next-paint probe, keydown to the frame that shows the
//     new value in the Monaco preview, and the app's `configurator:update` (bench/typing.ts); the same
//     on the corpus chart bitnami-nginx opened from a folder;
//  3. the installed command's `template` vs the real `helm template`, median of 7 whole processes
//     each, interleaved (bench/cli.ts);
//  4. Kubernetes checks of the rendered objects per evaluation (bench/kubeChecks.ts).
// Once: initial JS size, share-link length of every preset (the Centrifugo HA link's whole URL is an
// issue-12 figure), in-process evaluate, the any-chart engine (bench/engine.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { charts, findChart } from '../src/charts';
import { diffValues, defaultsFromSchema, mergeValues } from '../src/core/values';
import { encodeShareLink } from '../src/core/share';
import { evaluate } from '../src/core/evaluate';
import { findTool } from '../scripts/helmTools';
import { withChromium, withPreviewServer } from './browser';
import { measureCli, prepareCli, RUNS_PER_ROUND, type CliCaseResult, type CliSetup } from './cli';
import { CORPUS, CORPUS_BENCH_CHARTS, engineChunkGzip, engineRenderTimes, genericKeystrokeBench, helmTemplateTimes } from './engine';
import { ALL_FEATURES } from './features';
import { kubeChecksBench, type KubeCheckResult } from './kubeChecks';
import { openOnce, type OpenRun } from './openTrace';
import { figures, median, show } from './stats';
import { summaryTable, type MeasuredRow, type RunFigure, type SummaryRow, type Target } from './summary';
import { measureTyping, type TypingResult } from './typing';
import { eachFlag } from './args';

const root = resolve(import.meta.dirname, '..');
const LINK_BASE = 'https://example.org/app/';
const HA_PRESET = 'centrifugo/ha-redis';

interface Options {
  runs: number;
  quick: boolean;
  build: boolean;
  port: number;
  out: string;
  keystrokes: number;
  warmup: number;
  opens: number;
  cliRuns: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 3, quick: false, build: true, port: 4179, out: '/tmp/dist-bench', keystrokes: 60, warmup: 8, opens: 5, cliRuns: RUNS_PER_ROUND };
  let keystrokes: number | undefined;
  eachFlag(argv, (arg, next) => {
    if (arg === '--runs') options.runs = Math.min(20, Math.max(1, Math.floor(Number(next())) || 1));
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--keystrokes') keystrokes = Math.min(1000, Math.max(1, Math.floor(Number(next())) || 1));
    else if (arg === '--port') options.port = Number(next()) || 0;
    else if (arg === '--out') options.out = resolve(next());
    else throw new Error(`unknown option ${arg} (known: --runs N, --quick, --keystrokes N, --no-build, --port P, --out DIR)`);
  });
  if (!Number.isInteger(options.port) || options.port < 1024 || options.port > 65535) throw new Error('--port needs a port number from 1024 to 65535');
  if (options.quick) Object.assign(options, { runs: 1, keystrokes: 20, warmup: 4, opens: 2, cliRuns: 3 });
  if (keystrokes !== undefined) options.keystrokes = keystrokes;
  return options;
}

/** The script and modulepreload files index.html names, gzip. */
function initialJsGzip(dist: string): { files: string[]; bytes: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = refs.reduce((sum, ref) => sum + gzipSync(readFileSync(join(dist, ref))).length, 0);
  return { files: refs, bytes };
}

function lazyChunksGzip(dist: string): { monaco: number; all: number } {
  const dir = join(dist, 'assets');
  let monaco = 0;
  let all = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const size = gzipSync(readFileSync(join(dir, f))).length;
    all += size;
    if (/monaco|editor|yaml\.worker|worker/i.test(f)) monaco += size;
  }
  return { monaco, all };
}

/** Prints every preset's link length; returns the Centrifugo HA link's whole length (page address included). */
function shareLinkLengths(): number | undefined {
  console.log('\n== share link length per preset (secrets left out)');
  let ha: number | undefined;
  for (const chart of charts) {
    const defaults = defaultsFromSchema(chart.schema);
    for (const preset of chart.presets) {
      const values = diffValues(defaults, mergeValues(defaults, preset.values));
      const { fragment } = encodeShareLink({ chart: chart.id, values }, { includeSecrets: false, schema: chart.schema });
      const whole = `${chart.id}/${preset.id}` === HA_PRESET ? LINK_BASE.length + fragment.length : undefined;
      if (whole !== undefined) ha = whole;
      console.log(`  ${chart.id}/${preset.id}: ${fragment.length} characters${whole === undefined ? '' : ` (whole link with ${LINK_BASE}: ${whole}, target under 300)`}`);
    }
  }
  return ha;
}

interface OpenFigures {
  shown: number;
  checked: number;
  /** Form and schema problems both on screen. */
  both: number;
  longest: number;
}

/** `opens` fresh contexts opening `#/centrifugo`, after one warm-up (server and disk caches); medians. */
async function chartOpen(browser: Browser, base: string, opens: number): Promise<OpenFigures> {
  console.log(`\n== chart open (/#/centrifugo, fresh context, median of ${opens}: navigation until replicaCount and the problems panel are visible)`);
  await openOnce(browser, `${base}/#/centrifugo`);
  const runs: OpenRun['at'][] = [];
  for (let i = 0; i < opens; i++) runs.push((await openOnce(browser, `${base}/#/centrifugo`)).at);
  const pick = (f: (r: OpenRun['at']) => number) => runs.map(f);
  console.log(`  form shown: ${show(figures(pick((r) => r.shown)))}`);
  console.log(`  schema check joined the problems: ${show(figures(pick((r) => r.checked)))}`);
  console.log(`  longest task while opening: ${show(figures(pick((r) => r.longest)))}`);
  return {
    shown: median(pick((r) => r.shown)),
    checked: median(pick((r) => r.checked)),
    both: median(pick((r) => Math.max(r.shown, r.checked))),
    longest: median(pick((r) => r.longest)),
  };
}

function printTyping(t: TypingResult): void {
  console.log(`  Event Timing, keystroke to next paint: ${show(figures(t.eventTiming))}; ${t.eventTimingUnderFloor} under the API's 16 ms floor (counted as 16)`);
  console.log(`  keydown -> next painted frame (rAF probe): ${show(figures(t.paint))}`);
  console.log(`  keydown -> frame showing the new value in the preview: ${show(figures(t.repaint))}; ${t.repaintLate} of ${t.repaint.length} in a later frame than the next paint${t.repaintMissing > 0 ? `; ${t.repaintMissing} keystrokes never showed` : ''}`);
  console.log(`  configurator:update (values -> preview text applied): ${show(figures(t.update))}`);
}

/** Centrifugo with every feature on, opened from a share link on a fresh page, typing into fullnameOverride. */
async function centrifugoTyping(browser: Browser, base: string, options: Options): Promise<TypingResult> {
  const chart = findChart('centrifugo')!;
  const defaults = defaultsFromSchema(chart.schema);
  const values = diffValues(defaults, mergeValues(defaults, ALL_FEATURES));
  const { fragment } = encodeShareLink({ chart: 'centrifugo', values }, { includeSecrets: true, schema: chart.schema });
  const evaluation = evaluate(chart, values, { name: 'release-name', namespace: 'default' });
  console.log(`\n== keystrokes (Centrifugo, every feature on, ${options.keystrokes} keystrokes into fullnameOverride after ${options.warmup})`);
  console.log(`  preview: ${evaluation.objects.length} objects, ${evaluation.yaml.split('\n').length} lines, ${(evaluation.yaml.length / 1024).toFixed(1)} KB`);
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/${fragment}`);
    const result = await measureTyping(page, 'fullnameOverride', options.keystrokes, options.warmup);
    printTyping(result);
    return result;
  } finally {
    await context.close();
  }
}

interface RunResult {
  load: { start: number; end: number };
  open?: OpenFigures;
  typing?: TypingResult;
  generic?: TypingResult;
  cli?: CliCaseResult[];
  kube?: KubeCheckResult[];
}

/** A step of a run that may fail (a page that did not load) without losing the other figures. */
async function attempt<T>(label: string, work: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await work();
  } catch (e) {
    console.log(`  ${label} failed: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

const loadText = () => loadavg().map((l) => l.toFixed(2)).join(' / ');

async function oneRun(browser: Browser, base: string, options: Options, cli: CliSetup | undefined, index: number): Promise<RunResult> {
  const startLoad = loadavg()[0];
  console.log(`\n########## run ${index + 1} of ${options.runs}: load average (1 / 5 / 15 min) at start ${loadText()}`);
  const open = await attempt('chart open', () => chartOpen(browser, base, options.opens));
  const typing = await attempt('Centrifugo keystrokes', () => centrifugoTyping(browser, base, options));
  let generic: TypingResult | undefined;
  if (existsSync(join(CORPUS, 'bitnami-nginx'))) {
    console.log('\n== keystrokes on a chart opened from a folder (corpus bitnami-nginx, fullnameOverride)');
    generic = await attempt('bitnami-nginx keystrokes', () => genericKeystrokeBench(browser, base, join(CORPUS, 'bitnami-nginx'), 'fullnameOverride', options.keystrokes, options.warmup));
    if (generic) printTyping(generic);
  }
  const cliResult = cli ? await attempt('CLI', () => measureCli(cli, 1, options.cliRuns)) : undefined;
  const kube = await attempt('Kubernetes checks', () => kubeChecksBench(options.quick));
  const endLoad = loadavg()[0];
  console.log(`\n########## run ${index + 1} done: load average at end ${loadText()}`);
  return { load: { start: startLoad, end: endLoad }, open, typing, generic, cli: cliResult, kube };
}

const p50p95 = (values: number[] | undefined): RunFigure | undefined => {
  if (!values || values.length === 0) return undefined;
  const f = figures(values);
  return { value: f.p95, p50: f.p50 };
};

/** The SUMMARY rows: issue 12's figures (with their targets) and the ones printed beside them. */
function summaryRows(runs: RunResult[], haLink: number | undefined, options: Options): SummaryRow[] {
  const ms = (text: string, limit: number): Target => ({ text, limit, compare: 'below' });
  const per = <T>(f: (r: RunResult) => T | undefined) => runs.map(f);
  const n = `${options.keystrokes} keys`;
  const cliCase = (r: RunResult, name: string) => r.cli?.find((c) => c.name === name);
  const rows: SummaryRow[] = [
    { figure: 'load average (1 min), start → end', cells: runs.map((r) => `${r.load.start.toFixed(2)} → ${r.load.end.toFixed(2)}`) },
    { figure: `keystroke to next paint, Event Timing (Centrifugo, all on, ${n}; p50 / p95)`, unit: 'ms', target: ms('p95 < 50 ms', 50), runs: per((r) => p50p95(r.typing?.eventTiming)) },
    { figure: 'keystroke to next paint, rAF probe (same keys)', unit: 'ms', runs: per((r) => p50p95(r.typing?.paint)) },
    { figure: 'keystroke to repainted preview (same keys)', unit: 'ms', target: ms('p95 < 100 ms (aim 50)', 100), runs: per((r) => p50p95(r.typing?.repaint)) },
    { figure: 'configurator:update (same keys)', unit: 'ms', runs: per((r) => p50p95(r.typing?.update)) },
    { figure: 'bitnami-nginx from a folder: Event Timing', unit: 'ms', runs: per((r) => p50p95(r.generic?.eventTiming)) },
    { figure: 'bitnami-nginx from a folder: repainted preview', unit: 'ms', runs: per((r) => p50p95(r.generic?.repaint)) },
    { figure: `open #/centrifugo: form and schema problems on screen (median of ${options.opens})`, unit: 'ms', target: ms('< 1,000 ms', 1000), runs: per((r) => (r.open ? { value: r.open.both } : undefined)) },
    { figure: '  form alone (median)', unit: 'ms', runs: per((r) => (r.open ? { value: r.open.shown } : undefined)) },
    { figure: '  schema check joined the problems (median)', unit: 'ms', runs: per((r) => (r.open ? { value: r.open.checked } : undefined)) },
    { figure: '  longest task while opening (median)', unit: 'ms', runs: per((r) => (r.open ? { value: r.open.longest } : undefined)) },
  ];
  for (const name of ['defaults', '-f ha-redis.values.yaml']) {
    rows.push({
      figure: `CLI: chart-configurator template centrifugo (${name}), median of ${options.cliRuns}`,
      unit: 'ms',
      target: { text: '≤ helm template', compare: 'at most' },
      runs: per((r) => {
        const c = cliCase(r, name);
        return c ? { value: c.ours, limit: c.helm } : undefined;
      }),
    });
    rows.push({ figure: `  helm template (${name}), same runs interleaved`, unit: 'ms', runs: per((r) => { const h = cliCase(r, name)?.helm; return h === undefined ? undefined : { value: h }; }) });
  }
  const kubeNames = [...new Set(runs.flatMap((r) => r.kube?.map((k) => k.name) ?? []))];
  for (const name of kubeNames) {
    const kube = (r: RunResult) => r.kube?.find((k) => k.name === name);
    rows.push({ figure: `Kubernetes checks per keystroke, ${name}: wall`, unit: 'ms', target: ms('p95 < 5 ms', 5), runs: per((r) => { const k = kube(r); return k ? { value: k.wall.p95, p50: k.wall.p50 } : undefined; }) });
    rows.push({ figure: '  same, process CPU time (all threads, GC included)', unit: 'ms', runs: per((r) => { const k = kube(r); return k ? { value: k.cpu.p95, p50: k.cpu.p50 } : undefined; }) });
  }
  const link: MeasuredRow = { figure: `Centrifugo HA share link, whole URL (${LINK_BASE})`, unit: 'characters', target: { text: '< 300 characters', limit: 300, compare: 'below' }, runs: runs.map(() => (haLink === undefined ? undefined : { value: haLink })) };
  rows.push(link);
  return rows;
}

async function onceOnly(dist: string, initialFiles: string[]): Promise<void> {
  const chart = findChart('centrifugo')!;
  console.log('\n== CLI evaluate in-process');
  const inProcess: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    evaluate(chart, ALL_FEATURES, { name: 'release-name', namespace: 'default' });
    inProcess.push(performance.now() - t0);
  }
  console.log(`  in-process evaluate (validate + render + YAML), every feature on: ${show(figures(inProcess.slice(10)))}`);

  console.log('\n== any-chart engine');
  const helm = findTool('helm');
  const chunk = engineChunkGzip(dist, initialFiles);
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

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  console.log(`== bench: ${options.runs} run(s)${options.quick ? ' (quick smoke: fewer keystrokes, opens and CLI runs)' : ''}; load average at start ${loadText()}`);
  if (options.build) {
    console.log(`== build to ${options.out}`);
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', options.out, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  } else if (!existsSync(join(options.out, 'index.html'))) throw new Error(`--no-build: ${options.out} holds no build`);
  const initial = initialJsGzip(options.out);
  const lazy = lazyChunksGzip(options.out);
  console.log(`initial JS before Monaco: ${(initial.bytes / 1024).toFixed(1)} KB gzip (${initial.files.join(', ')})`);
  console.log(`all JS chunks: ${(lazy.all / 1024).toFixed(1)} KB gzip, of which Monaco/worker chunks ${(lazy.monaco / 1024).toFixed(1)} KB (lazy)`);
  const haLink = shareLinkLengths();
  const cli = await attempt('building the command', () => prepareCli());

  const base = `http://127.0.0.1:${options.port}`;
  const runs = await withPreviewServer(options.out, options.port, `${base}/`, () =>
    withChromium(async (browser) => {
      const results: RunResult[] = [];
      for (let i = 0; i < options.runs; i++) results.push(await oneRun(browser, base, options, cli, i));
      return results;
    }),
  );

  await onceOnly(options.out, initial.files);

  console.log(`\n== SUMMARY (${options.runs} run(s); per run: p50 / p95 over ${options.keystrokes} keystrokes, medians for opens and CLI; spread: min–max over the runs of the statistic the target is on)`);
  console.log(summaryTable(summaryRows(runs, haLink, options), options.runs));
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
