// What checking the rendered objects as the Kubernetes API server would (src/core/kube) costs per
// evaluation, in Node: the API-server rules alone and with the OpenAPI validators loaded, on
// Centrifugo with every feature on and on charts opened from the corpus. Prints figures only.
//   npx tsx bench/kubeChecks.ts   (also part of `npm run bench`)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findChart } from '../src/charts';
import { openChartPath } from '../src/cli/anyChart';
import { evaluate } from '../src/core/evaluate';
import { checkObjects, DEFAULT_KUBE_VERSION, loadAllKubeSchemas } from '../src/core/kube';
import type { ChartModule, Values } from '../src/core/types';
import { loadCrypto } from '../src/engine/sprig';
import { CORPUS } from './engine';
import { figures, show, type Figures } from './stats';
import { ALL_FEATURES } from './features';

const RUNS = 200;
const WARMUP = 20;
const QUICK_RUNS = 40;
const RELEASE = { name: 'release-name', namespace: 'default' };

/**
 * checkObjects alone on each evaluation of `RUNS` value sets that differ as keystrokes do: wall time,
 * and the process's CPU time (all its threads, GC included: on a shared, loaded machine the wall-time
 * tail is mostly waiting, while CPU time can exceed wall time when GC threads work alongside).
 */
function measure(chart: ChartModule<Values>, base: Values, vary: (i: number) => Values, runs: number): { wall: Figures; cpu: Figures } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs + WARMUP; i++) {
    const user = { ...base, ...vary(i) };
    const { values, objects } = evaluate(chart, user, RELEASE);
    const startCpu = process.cpuUsage();
    const start = performance.now();
    checkObjects(objects, { values, userValues: user, kubeVersion: DEFAULT_KUBE_VERSION });
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(startCpu);
    if (i >= WARMUP) {
      wall.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { wall: figures(wall), cpu: figures(cpu) };
}

const describe = (m: { wall: Figures; cpu: Figures }) => `wall ${show(m.wall)}; CPU ${show(m.cpu)}`;

function cases(): { name: string; chart: ChartModule<Values>; base: Values; vary: (i: number) => Values }[] {
  const out = [];
  const centrifugo = findChart('centrifugo');
  if (centrifugo) out.push({ name: 'centrifugo, every feature on', chart: centrifugo, base: ALL_FEATURES, vary: (i: number) => ({ replicaCount: 3 + (i % 7) }) });
  for (const name of ['ingress-nginx', 'bitnami-redis']) {
    const dir = join(CORPUS, name);
    if (existsSync(dir)) out.push({ name: `${name} (opened from the corpus)`, chart: openChartPath(dir), base: {}, vary: (i: number) => ({ fullnameOverride: `bench-${i % 9}` }) });
  }
  return out;
}

export interface KubeCheckResult {
  name: string;
  /** Rules and OpenAPI schemas, per evaluation. */
  wall: Figures;
  cpu: Figures;
}

/** Prints the figures of every case; returns those with the OpenAPI validators loaded (the target's). */
export async function kubeChecksBench(quick = false): Promise<KubeCheckResult[]> {
  const runs = quick ? QUICK_RUNS : RUNS;
  console.log(`\n== Kubernetes checks (src/core/kube), per evaluation, Node, ${runs} evaluations after ${WARMUP}`);
  await loadCrypto();
  const all = cases();
  for (const c of all) console.log(`  ${c.name}: API-server rules only: ${describe(measure(c.chart, c.base, c.vary, runs))}`);
  const start = performance.now();
  await loadAllKubeSchemas(DEFAULT_KUBE_VERSION);
  console.log(`  loading every OpenAPI validator of Kubernetes ${DEFAULT_KUBE_VERSION} (once; cached after the first run): ${(performance.now() - start).toFixed(0)} ms`);
  const results: KubeCheckResult[] = [];
  for (const c of all) {
    const m = measure(c.chart, c.base, c.vary, runs);
    console.log(`  ${c.name}: rules + OpenAPI schema: ${describe(m)} (target p95 < 5 ms)`);
    results.push({ name: c.name, ...m });
  }
  return results;
}

if (process.argv[1] && /bench[\\/]kubeChecks\.ts$/.test(process.argv[1])) await kubeChecksBench();
