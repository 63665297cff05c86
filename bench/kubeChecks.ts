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
import { CORPUS, figures, show } from './engine';
import { ALL_FEATURES } from './features';

const RUNS = 200;
const WARMUP = 20;
const RELEASE = { name: 'release-name', namespace: 'default' };

/**
 * checkObjects alone on each evaluation of `RUNS` value sets that differ as keystrokes do: wall time,
 * and this thread's CPU time (on a shared, loaded machine the wall-time tail is mostly waiting).
 */
function measure(chart: ChartModule<Values>, base: Values, vary: (i: number) => Values): string {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
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
  return `wall ${show(figures(wall))}; CPU ${show(figures(cpu))}`;
}

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

export async function kubeChecksBench(): Promise<void> {
  console.log('\n== Kubernetes checks (src/core/kube), per evaluation, Node');
  await loadCrypto();
  const all = cases();
  for (const c of all) console.log(`  ${c.name}: API-server rules only: ${measure(c.chart, c.base, c.vary)}`);
  const start = performance.now();
  await loadAllKubeSchemas(DEFAULT_KUBE_VERSION);
  console.log(`  loading every OpenAPI validator of Kubernetes ${DEFAULT_KUBE_VERSION} (35 kinds, once): ${(performance.now() - start).toFixed(0)} ms`);
  for (const c of all) console.log(`  ${c.name}: rules + OpenAPI schema: ${measure(c.chart, c.base, c.vary)} (target p95 < 5 ms)`);
}

if (process.argv[1] && /bench[\\/]kubeChecks\.ts$/.test(process.argv[1])) await kubeChecksBench();
