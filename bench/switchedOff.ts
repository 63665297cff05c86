// What the `switched-off` hint costs a chart opened at run time (src/charts/generic/switchedOffCheck.ts):
// one evaluation per keystroke of bitnami-nginx (corpus), when the user changed nothing under a
// switch that is off (the rule only walks the values) and when each keystroke changes a value under
// `ingress.enabled: false` (the rule renders the chart a second time). Prints figures only.
//   npx tsx bench/switchedOff.ts
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openChartPath } from '../src/cli/anyChart';
import { evaluate } from '../src/core/evaluate';
import type { ChartModule, Values } from '../src/core/types';
import { loadCrypto } from '../src/engine/sprig';
import { CORPUS } from './engine';
import { figures, show } from './stats';

const RUNS = 60;
const WARMUP = 10;
const RELEASE = { name: 'release-name', namespace: 'default' };

function measure(chart: ChartModule<Values>, vary: (i: number) => Values): { evaluation: string; rule: string; hints: number } {
  const rule = chart.rules.find((r) => r.id === 'switched-off');
  const whole: number[] = [];
  const own: number[] = [];
  let hints = 0;
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const user = vary(i);
    const start = performance.now();
    const result = evaluate(chart, user, RELEASE);
    const elapsed = performance.now() - start;
    // The rule alone on the same values, its cache dropped by a copy; the copy's own render (cached
    // by the module per values object) is done first, so only the rule's extra work is timed.
    const copy = structuredClone(result.values);
    chart.renderText?.(copy, RELEASE);
    const t1 = performance.now();
    rule?.check({ values: copy, userValues: user, release: RELEASE });
    const t2 = performance.now();
    if (i >= WARMUP) {
      whole.push(elapsed);
      own.push(t2 - t1);
      hints = result.problems.filter((p) => p.id === 'switched-off').length;
    }
  }
  return { evaluation: show(figures(whole)), rule: show(figures(own)), hints };
}

const dir = join(CORPUS, 'bitnami-nginx');
if (!existsSync(dir)) {
  console.log('skipped: ../shared/corpus/bitnami-nginx is not beside the repo');
} else {
  await loadCrypto();
  const chart = openChartPath(dir);
  const cases: [string, (i: number) => Values][] = [
    ['nothing under a switch that is off (replicaCount)', (i) => ({ replicaCount: 1 + (i % 5) })],
    ['ingress.hostname changed, ingress.enabled false', (i) => ({ ingress: { hostname: `shop-${i}.example` } })],
  ];
  console.log('== switched-off hint on bitnami-nginx (opened from the corpus), per keystroke');
  for (const [name, vary] of cases) {
    const m = measure(chart, vary);
    console.log(`  ${name}: evaluation ${m.evaluation}`);
    console.log(`    the rule alone: ${m.rule}; hints: ${m.hints}`);
  }
}
