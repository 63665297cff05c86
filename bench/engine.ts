// The any-chart engine's figures for `npm run bench`: in-process render time of public charts
// (../shared/corpus, read when it is beside the repo) against `helm template`'s wall time, the size of
// the chunk the "Open any chart" page loads, and keystroke-to-preview on a chart opened from a folder.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { chartPayloadAt } from '../src/cli/anyChart';
import { loadPayload } from '../src/charts/generic/open';
import { renderChart } from '../src/engine/helm';
import { loadCrypto } from '../src/engine/sprig';
import { newMap } from '../src/engine/value';
import { measureTyping, type TypingResult } from './typing';

const root = resolve(import.meta.dirname, '..');
export const CORPUS = resolve(root, '../shared/corpus');

/** Render of a chart's defaults in Node, after a warm-up: what one keystroke costs the engine. */
export async function engineRenderTimes(chartDir: string, runs = 60, warmup = 15): Promise<number[]> {
  await loadCrypto();
  const chart = loadPayload(chartPayloadAt(chartDir));
  const times: number[] = [];
  for (let i = 0; i < runs + warmup; i++) {
    const t0 = performance.now();
    renderChart(chart, newMap(), { releaseName: 'release-name', namespace: 'default' });
    if (i >= warmup) times.push(performance.now() - t0);
  }
  return times;
}

/** Wall time of `helm template` on the same chart (process start included, as a person runs it). */
export function helmTemplateTimes(helm: string, chartDir: string, runs = 7): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(helm, ['template', 'release-name', chartDir], { stdio: ['ignore', 'ignore', 'ignore'] });
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * gzip size of what the browser fetches for the engine: the chunk holding the engine's error text
 * and the chunks it imports that the first page does not already load.
 */
export function engineChunkGzip(dist: string, initialFiles: readonly string[]): { bytes: number; files: string[]; sharedBytes: number; shared: string[] } {
  const assets = join(dist, 'assets');
  const names = readdirSync(assets).filter((n) => n.endsWith('.js'));
  const entry = names.find((n) => readFileSync(join(assets, n), 'utf8').includes('execution error at ('));
  if (!entry) return { bytes: 0, files: [], sharedBytes: 0, shared: [] };
  const initial = new Set(initialFiles.map((f) => f.replace(/^.*\//, '')));
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name) || initial.has(name)) continue;
    seen.add(name);
    const text = readFileSync(join(assets, name), 'utf8');
    // Static imports only (`import ... from "./x.js"`); dynamic ones (crypto, Monaco) load on demand.
    for (const m of text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(m[1]);
  }
  const files = [...seen];
  const size = (f: string) => gzipSync(readFileSync(join(assets, f))).length;
  // Libraries and core code every chart page loads anyway: counted apart from the engine's own code.
  const shared = files.filter((f) => /^(js-yaml|browser|schemaWalk|values)-/.test(f));
  return {
    bytes: files.reduce((sum, f) => sum + size(f), 0),
    files,
    sharedBytes: shared.reduce((sum, f) => sum + size(f), 0),
    shared,
  };
}

/** Keystrokes into a field of a chart opened from a folder (the corpus chart `dir`), as on a curated page. */
export async function genericKeystrokeBench(
  browser: Browser,
  baseUrl: string,
  dir: string,
  param: string,
  keystrokes = 60,
  warmup = 8,
): Promise<TypingResult> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  try {
    await page.goto(`${baseUrl}/#/open`);
    await page.getByTestId('chart-folder-input').setInputFiles(dir);
    await page.locator(`[data-param="${param}"] input`).first().waitFor({ timeout: 60_000 });
    await page.locator('.monaco-editor').first().waitFor({ timeout: 60_000 });
    return await measureTyping(page, param, keystrokes, warmup);
  } finally {
    await page.close();
  }
}

export const CORPUS_BENCH_CHARTS = ['ingress-nginx', 'bitnami-redis', 'vault', 'kube-state-metrics'].filter((c) => existsSync(join(CORPUS, c)));
