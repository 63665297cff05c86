// Chart-open trace: where the time goes between navigating to `/#/centrifugo` and the form and the
// schema problems on screen (the chart-open figure of `npm run bench`). Prints figures, asserts nothing.
//
//   npx tsx bench/openTrace.ts [--runs 5] [--no-build] [--out /tmp/dist-open] [--port 4306]
//                              [--compare /tmp/dist-before] [--profile] [--trace /tmp/open-trace.json]
//
// Builds once to --out, serves it with `vite preview`, opens the page in fresh browser contexts and
// prints, per milestone, p50 and spread (min-max): first paint, loading bar, first form field,
// replicaCount visible with the Problems section (`shown`, as the bench), the Problems section no
// longer busy (`checked`); then the request waterfall of the median run (every JS/CSS request,
// start and end relative to navigation) and its long tasks.
// --compare DIR: a second build (e.g. of the code before a change) served beside --out and opened
//   alternately with it, so both see the same load of this shared machine.
// --profile: a CPU profile of one more run; prints the functions with the most self time by script.
// --trace FILE: a Chromium trace of one more run (open it in chrome://tracing or Perfetto).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { withChromium, withPreviewServer } from './browser';
import { figures } from './stats';
import { readTraceEvents, selfCpu } from './trace';
import { eachFlag } from './args';

const root = resolve(import.meta.dirname, '..');
const ROUTE = '#/centrifugo';

interface Options {
  runs: number;
  build: boolean;
  out: string;
  port: number;
  compare?: string;
  profile: boolean;
  trace?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 5, build: true, out: '/tmp/dist-open', port: 4306, profile: false };
  eachFlag(argv, (arg, next) => {
    if (arg === '--runs') options.runs = Math.max(1, Number(next()) || 1);
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--out') options.out = resolve(next());
    else if (arg === '--port') options.port = Number(next());
    else if (arg === '--compare') options.compare = resolve(next());
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--trace') options.trace = resolve(next());
    else throw new Error(`unknown option ${arg}`);
  });
  return options;
}

// Runs in the page from its first script (a string: tsx would add helpers the page lacks). The
// `shown` and `checked` are the bench's chart-open figure (bench/run.ts opens through openOnce); the
// others say where the time went.
const PROBE = `
  const o = window.__open = { long: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) o.long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // When the app registers its service worker (whose install downloads every file of the build).
  const container = navigator.serviceWorker;
  if (container) {
    const register = container.register.bind(container);
    container.register = (...args) => { o.sw = performance.now(); return register(...args); };
  }
  const probe = () => {
    const now = performance.now();
    const field = document.querySelector('[data-param="replicaCount"]');
    const problems = document.querySelector('section[aria-label="Problems"]');
    if (o.loading === undefined && document.querySelector('[role="progressbar"]')) o.loading = now;
    if (o.firstField === undefined && document.querySelector('[data-param]')) { o.firstField = now; performance.mark('open:firstField'); }
    if (o.problems === undefined && problems) o.problems = now;
    if (o.shown === undefined && field && problems && field.checkVisibility() && problems.checkVisibility()) { o.shown = now; performance.mark('open:shown'); }
    if (o.checked === undefined && problems && !problems.hasAttribute('aria-busy')) o.checked = now;
    if (o.shown === undefined || o.checked === undefined) requestAnimationFrame(probe);
  };
  requestAnimationFrame(probe);
`;

const MILESTONES = ['fcp', 'loading', 'firstField', 'problems', 'shown', 'checked', 'sw', 'longest'] as const;
type Milestone = (typeof MILESTONES)[number];

interface Request {
  name: string;
  start: number;
  end: number;
  bytes: number;
}

export interface OpenRun {
  at: Record<Milestone, number>;
  requests: Request[];
  long: { start: number; duration: number }[];
}

export async function openOnce(browser: Browser, url: string, around?: (page: Page, work: () => Promise<void>) => Promise<void>): Promise<OpenRun> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    const work = async () => {
      await page.goto(url);
      await page.waitForFunction(() => {
        const o = (window as unknown as { __open: { shown?: number; checked?: number } }).__open;
        return o.shown !== undefined && o.checked !== undefined;
      }, undefined, { timeout: 60_000 });
    };
    if (around) await around(page, work);
    else await work();
    // Late long tasks and resource entries (the service worker's precache does not show here), and
    // the worker's registration when it comes within a few seconds.
    await page.waitForTimeout(300);
    await page.waitForFunction(() => (window as unknown as { __open: { sw?: number } }).__open.sw !== undefined, undefined, { timeout: 5000 }).catch(() => undefined);
    return await page.evaluate(() => {
      type Probe = Record<string, number | undefined> & { long: { start: number; duration: number }[] };
      const o = (window as unknown as { __open: Probe }).__open;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => /\.(js|css)(\?|$)/.test(e.name))
        .map((e) => ({ name: e.name.replace(/^.*\//, ''), start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize }));
      const at = {
        fcp,
        loading: o.loading ?? NaN,
        firstField: o.firstField ?? NaN,
        problems: o.problems ?? NaN,
        shown: o.shown ?? NaN,
        checked: o.checked ?? NaN,
        sw: o.sw ?? NaN,
        longest: Math.max(0, ...o.long.map((l) => l.duration)),
      };
      return { at, requests, long: o.long };
    });
  } finally {
    await context.close();
  }
}

const ms = (n: number) => (Number.isNaN(n) ? '   -' : n.toFixed(0).padStart(5));

function summary(label: string, runs: OpenRun[]): void {
  console.log(`\n== ${label}: ${runs.length} runs, p50 [min-max] ms`);
  for (const m of MILESTONES) {
    const values = runs.map((r) => r.at[m]).filter((v) => !Number.isNaN(v));
    if (values.length === 0) continue;
    const f = figures(values);
    console.log(`  ${m.padEnd(11)} ${ms(f.p50)}  [${ms(Math.min(...values))} -${ms(f.max)}]   ${values.map((v) => v.toFixed(0)).join(' ')}`);
  }
}

function waterfall(run: OpenRun): void {
  console.log(`\n-- requests of the median run (shown ${run.at.shown.toFixed(0)} ms): start - end ms, KB on the wire`);
  for (const r of [...run.requests].sort((a, b) => a.start - b.start)) {
    console.log(`  ${ms(r.start)} -${ms(r.end)}  ${(r.bytes / 1024).toFixed(1).padStart(6)}  ${r.name}`);
  }
  console.log('-- long tasks: start + duration ms');
  console.log(`  ${run.long.map((l) => `${l.start.toFixed(0)}+${l.duration.toFixed(0)}`).join('  ') || 'none'}`);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * The CPU profile of one open: self time per script and per function, navigation to `checked`.
 * Under heavy load the sampler itself is starved (single samples standing for 100+ ms), so read it
 * as where the time goes, not as exact figures.
 */
async function profileOnce(browser: Browser, url: string): Promise<void> {
  let profile: CpuProfile | undefined;
  const run = await openOnce(browser, url, async (page, work) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await work();
    profile = (await cdp.send('Profiler.stop')).profile as CpuProfile;
  });
  if (!profile) return;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id);
    // A sample lasts until the next one.
    const self = (profile!.timeDeltas[i + 1] ?? 0) / 1000;
    if (!frame || frame.functionName === '(idle)') return;
    const script = frame.url.replace(/^.*\//, '') || frame.functionName;
    const fn = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}`;
    byScript.set(script, (byScript.get(script) ?? 0) + self);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + self);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`).join('\n');
  console.log(`\n-- CPU profile of one open (shown ${run.at.shown.toFixed(0)}, checked ${run.at.checked.toFixed(0)} ms): self time by script`);
  console.log(top(byScript, 15));
  console.log('-- self time by function');
  console.log(top(byFunction, 20));
}

/**
 * A Chromium trace of one open, and what the page's main thread spent its CPU time on (thread time,
 * which stays true on a loaded machine where wall times stretch), before the first form field and
 * between it and \`shown\`.
 */
async function traceOnce(browser: Browser, url: string, path: string): Promise<void> {
  const run = await openOnce(browser, url, async (page, work) => {
    await browser.startTracing(page, { path, categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'toplevel'] });
    try {
      await work();
    } finally {
      await browser.stopTracing();
    }
  });
  console.log(`\n-- trace written to ${path} (open it in Perfetto or chrome://tracing)`);
  const events = readTraceEvents(path);
  const shownMark = events.find((e) => e.name === 'open:shown');
  const firstMark = events.find((e) => e.name === 'open:firstField');
  if (!shownMark || !firstMark) return;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === shownMark.pid);
  if (!main) return;
  const start = shownMark.ts - run.at.shown * 1000;
  const phases = [
    { name: 'navigation to the first form field', from: start, to: firstMark.ts },
    { name: 'first form field to shown', from: firstMark.ts, to: shownMark.ts },
  ];
  const costs = selfCpu(events.filter((e) => e.pid === main.pid && e.tid === main.tid));
  for (const phase of phases) {
    const byName = new Map<string, number>();
    let cpu = 0;
    for (const { event, self } of costs) {
      if (event.ts < phase.from || event.ts >= phase.to || self <= 0) continue;
      const script = event.args?.data?.url?.replace(/^.*\//, '');
      const key = script ? `${event.name} ${script}` : event.name;
      byName.set(key, (byName.get(key) ?? 0) + self);
      cpu += self;
    }
    console.log(`  ${phase.name}: ${((phase.to - phase.from) / 1000).toFixed(0)} ms wall, ${cpu.toFixed(0)} ms main-thread CPU`);
    for (const [key, value] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`    ${value.toFixed(1).padStart(7)} ms  ${key}`);
  }
}

/** Both builds under one folder (`a/`, `b/`): the builds use relative URLs, so one server serves both. */
function compareRoot(after: string, before: string): string {
  const dir = '/tmp/open-trace-compare';
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(before, join(dir, 'before'), { recursive: true });
  cpSync(after, join(dir, 'after'), { recursive: true });
  return dir;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) {
    console.log(`building to ${options.out} ...`);
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', options.out, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  }
  if (options.compare && !existsSync(join(options.compare, 'index.html'))) throw new Error(`${options.compare} holds no build`);
  const served = options.compare ? compareRoot(options.out, options.compare) : options.out;
  const base = `http://127.0.0.1:${options.port}/`;
  await withPreviewServer(served, options.port, options.compare ? `${base}after/` : base, () =>
    withChromium(async (browser) => {
      const targets = options.compare ? [{ label: 'before', url: `${base}before/${ROUTE}` }, { label: 'after', url: `${base}after/${ROUTE}` }] : [{ label: options.out, url: `${base}${ROUTE}` }];
      const runs = new Map<string, OpenRun[]>(targets.map((t) => [t.label, []]));
      // One warm-up each (server and disk caches), then the targets alternate run by run.
      for (const t of targets) await openOnce(browser, t.url);
      for (let i = 0; i < options.runs; i++) {
        for (const t of i % 2 === 0 ? targets : [...targets].reverse()) runs.get(t.label)!.push(await openOnce(browser, t.url));
      }
      for (const t of targets) summary(t.label, runs.get(t.label)!);
      for (const t of targets) {
        const sorted = [...runs.get(t.label)!].sort((a, b) => a.at.shown - b.at.shown);
        console.log(`\n## ${t.label}`);
        waterfall(sorted[Math.floor(sorted.length / 2)]);
      }
      const last = targets.at(-1)!;
      if (options.profile) await profileOnce(browser, last.url);
      if (options.trace) await traceOnce(browser, last.url, options.trace);
    }),
  );
}

// Run directly (not when bench/run.ts imports openOnce).
if (process.argv[1] && /bench[\\/]openTrace\.ts$/.test(process.argv[1])) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
