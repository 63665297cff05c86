// Keystroke profile: where one keystroke's time goes on the Centrifugo page with every feature on,
// and before/after figures of builds served side by side. Prints figures, asserts nothing.
//
//   npx tsx bench/keystrokeProfile.ts --builds /tmp/dist-a,/tmp/dist-b [--runs 4] [--keystrokes 60]
//                                     [--warmup 8] [--port 4309] [--profile] [--cpuprofile FILE] [--trace]
//
// --builds: one or more built folders (`npx vite build --outDir DIR`), each served on its own port
//   (--port, --port+1, ...) and typed into in turn, run after run (A B A B ...), so every build sees
//   the same load of this shared machine. Per build: each run's p50 / p95 of Event Timing, the rAF
//   paint probe, the preview repaint and `configurator:update` (bench/typing.ts), then their spread.
// --profile: instead, one CPU profile (CDP Profiler) per build around the typing; prints self time
//   and total (inclusive) time per function. Build with `--minify false` for readable names.
// --cpuprofile FILE: also writes the first build's profile (open it in Chromium's DevTools).
// --trace: instead, one Chromium trace per build around the typing; prints the main thread's own
//   CPU time per event (script, style, layout, paint...), per keystroke: what the profiler's
//   "(program)" hides.
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findChart } from '../src/charts';
import { encodeShareLink } from '../src/core/share';
import { defaultsFromSchema, diffValues, mergeValues } from '../src/core/values';
import { withChromium, withPreviewServer } from './browser';
import { ALL_FEATURES } from './features';
import { figures } from './stats';
import { readTraceEvents, selfCpu, type TraceEvent } from './trace';
import { measureTyping, type TypingResult } from './typing';
import { eachFlag } from './args';

interface Options {
  builds: string[];
  runs: number;
  keystrokes: number;
  warmup: number;
  port: number;
  profile: boolean;
  trace: boolean;
  cpuprofile?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { builds: [], runs: 4, keystrokes: 60, warmup: 8, port: 4309, profile: false, trace: false };
  eachFlag(argv, (arg, next) => {
    const count = (min: number) => Math.min(1000, Math.max(min, Math.floor(Number(next())) || min));
    if (arg === '--builds') options.builds = next().split(',').filter(Boolean).map((b) => resolve(b));
    else if (arg === '--runs') options.runs = count(1);
    else if (arg === '--keystrokes') options.keystrokes = count(1);
    else if (arg === '--warmup') options.warmup = count(0);
    else if (arg === '--port') options.port = Number(next());
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--trace') options.trace = true;
    else if (arg === '--cpuprofile') options.cpuprofile = resolve(next());
    else throw new Error(`unknown option ${arg}`);
  });
  if (options.builds.length === 0) throw new Error('--builds DIR[,DIR...] is required');
  return options;
}

/** The share-link fragment of Centrifugo with every feature on (the bench's keystroke page). */
function allFeaturesFragment(): string {
  const chart = findChart('centrifugo')!;
  const defaults = defaultsFromSchema(chart.schema);
  const values = diffValues(defaults, mergeValues(defaults, ALL_FEATURES));
  return encodeShareLink({ chart: 'centrifugo', values }, { includeSecrets: true, schema: chart.schema }).fragment;
}

async function onFreshPage<T>(browser: Browser, url: string, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await work(page);
  } finally {
    await context.close();
  }
}

interface CpuProfile {
  nodes: { id: number; parent?: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and total time per function (a function counted once per sample however deep it recurses). */
function summariseProfile(profile: CpuProfile, keystrokes: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const label = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const name = byId.get(id)?.callFrame.functionName;
    if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') {
      if (name !== '(idle)') {
        busy += ms;
        self.set(name, (self.get(name) ?? 0) + ms);
      }
      return;
    }
    busy += ms;
    self.set(label(id), (self.get(label(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const l = label(at);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms ${(v / keystrokes).toFixed(2).padStart(6)} /key  ${k}`).join('\n');
  console.log(`  busy (not idle) ${busy.toFixed(0)} ms over ${keystrokes} keystrokes = ${(busy / keystrokes).toFixed(1)} ms per key`);
  console.log('  -- self time');
  console.log(top(self, 30));
  console.log('  -- total time (function and what it calls)');
  console.log(top(total, 60));
}

const pair = (values: readonly number[]) => {
  const f = figures(values);
  return `${f.p50.toFixed(1)}/${f.p95.toFixed(1)}`;
};
const spread = (values: readonly number[]) => `${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)}`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' / ');

async function compare(browser: Browser, urls: string[], options: Options): Promise<void> {
  const results: TypingResult[][] = urls.map(() => []);
  for (let run = 0; run < options.runs; run++) {
    // Alternate the order each run, so neither build always goes first after a pause.
    const order = urls.map((_, i) => i);
    if (run % 2 === 1) order.reverse();
    for (const b of order) {
      const before = loadavg()[0];
      const r = await onFreshPage(browser, urls[b], (page) => measureTyping(page, 'fullnameOverride', options.keystrokes, options.warmup));
      results[b].push(r);
      console.log(
        `run ${run + 1} ${options.builds[b]}: eventTiming ${pair(r.eventTiming)} (${r.eventTimingUnderFloor} under floor), paint ${pair(r.paint)}, ` +
          `repaint ${pair(r.repaint)} (${r.repaintLate} late, ${r.repaintMissing} missing), update ${pair(r.update)}  [load ${before.toFixed(2)} -> ${loadavg()[0].toFixed(2)}]`,
      );
    }
  }
  console.log(`\n== per build: p50/p95 of each run; spread of the p95 over the runs (load now ${load()})`);
  options.builds.forEach((dir, b) => {
    const rs = results[b];
    const line = (name: string, pick: (r: TypingResult) => number[]) =>
      `  ${name.padEnd(12)} ${rs.map((r) => pair(pick(r))).join('  ')}   p95 ${spread(rs.map((r) => figures(pick(r)).p95))}, p50 ${spread(rs.map((r) => figures(pick(r)).p50))}, pooled ${pair(rs.flatMap(pick))}`;
    console.log(dir);
    console.log(line('eventTiming', (r) => r.eventTiming));
    console.log(line('paint', (r) => r.paint));
    console.log(line('repaint', (r) => r.repaint));
    console.log(line('update', (r) => r.update));
  });
}

async function profile(browser: Browser, urls: string[], options: Options): Promise<void> {
  for (let b = 0; b < urls.length; b++) {
    console.log(`\n== CPU profile, ${options.builds[b]} (${options.keystrokes} keystrokes after ${options.warmup}; load ${load()})`);
    await onFreshPage(browser, urls[b], async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      // Warm up without the profiler, so the profile holds steady-state keystrokes only.
      await measureTyping(page, 'fullnameOverride', options.warmup, 0);
      await cdp.send('Profiler.start');
      const r = await measureTyping(page, 'fullnameOverride', options.keystrokes, 0);
      const p = (await cdp.send('Profiler.stop')).profile as CpuProfile;
      console.log(`  (under the profiler) eventTiming ${pair(r.eventTiming)}, repaint ${pair(r.repaint)}, update ${pair(r.update)}`);
      summariseProfile(p, options.keystrokes);
      if (b === 0 && options.cpuprofile) {
        writeFileSync(options.cpuprofile, JSON.stringify(p));
        console.log(`  written to ${options.cpuprofile}`);
      }
    });
  }
}

/** Each complete event's own thread time, summed per event name. */
function ownThreadTime(events: TraceEvent[]): Map<string, number> {
  const byName = new Map<string, number>();
  for (const { event, self } of selfCpu(events)) byName.set(event.name, (byName.get(event.name) ?? 0) + self);
  return byName;
}

/** The page renderer's main-thread CPU time per trace event name, while typing on a fresh page. */
async function traceTyping(browser: Browser, url: string, options: Options): Promise<Map<string, number>> {
  const path = `/tmp/keystroke-trace-${process.pid}.json`;
  const categories = ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'];
  await onFreshPage(browser, url, async (page) => {
    await measureTyping(page, 'fullnameOverride', options.warmup, 0);
    await browser.startTracing(page, { path, categories });
    try {
      await measureTyping(page, 'fullnameOverride', options.keystrokes, 0);
    } finally {
      await browser.stopTracing();
    }
  });
  const events = readTraceEvents(path);
  rmSync(path, { force: true });
  // The page's renderer: the main thread with the most events.
  const count = new Map<string, number>();
  for (const e of events) count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const renderer = mains.sort((x, y) => (count.get(`${y.pid}:${y.tid}`) ?? 0) - (count.get(`${x.pid}:${x.tid}`) ?? 0))[0];
  return renderer ? ownThreadTime(events.filter((e) => e.pid === renderer.pid && e.tid === renderer.tid)) : new Map();
}

/**
 * Main-thread CPU time per keystroke, from traces: thread time, so it moves much less with the
 * machine's load than wall times do. Builds alternate run by run as in compare().
 */
async function trace(browser: Browser, urls: string[], options: Options): Promise<void> {
  const totals: number[][] = urls.map(() => []);
  const perKey = (ms: number) => ms / options.keystrokes;
  for (let run = 0; run < options.runs; run++) {
    const order = urls.map((_, i) => i);
    if (run % 2 === 1) order.reverse();
    for (const b of order) {
      const own = await traceTyping(browser, urls[b], options);
      const total = [...own.values()].reduce((sum, v) => sum + Math.max(0, v), 0);
      totals[b].push(perKey(total));
      const top = [...own].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([name, ms]) => `${name} ${perKey(ms).toFixed(1)}`);
      console.log(`run ${run + 1} ${options.builds[b]}: ${perKey(total).toFixed(1)} ms CPU per keystroke (${top.join(', ')})  [load ${load()}]`);
    }
  }
  console.log('\n== main-thread CPU per keystroke (the probe\'s own work included): each run; median');
  options.builds.forEach((dir, b) => {
    console.log(`  ${dir}: ${totals[b].map((t) => t.toFixed(1)).join('  ')}; median ${figures(totals[b]).p50.toFixed(1)} ms`);
  });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const fragment = allFeaturesFragment();
  const urls = options.builds.map((_, i) => `http://127.0.0.1:${options.port + i}/${fragment}`);
  console.log(`== keystroke profile: ${options.builds.length} build(s), load average (1 / 5 / 15 min) ${load()}`);
  // Nest one preview server per build, then drive them all from one browser.
  const serve = (i: number): Promise<void> =>
    i === options.builds.length
      ? withChromium((browser) => (options.trace ? trace(browser, urls, options) : options.profile ? profile(browser, urls, options) : compare(browser, urls, options)))
      : withPreviewServer(options.builds[i], options.port + i, `http://127.0.0.1:${options.port + i}/`, () => serve(i + 1));
  await serve(0);
  console.log(`== done, load average ${load()}`);
}

await main();
