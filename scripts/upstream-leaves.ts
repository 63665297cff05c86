// Developer tool: records the facts of an upstream chart's values.yaml (every leaf path with its
// default, and the parsed tree in its key order) as JSON beside the chart's fixtures, so schema
// tests can check "every parameter is a field with its exact default" without the upstream copy.
//   npx tsx scripts/upstream-leaves.ts CHART [path/to/values.yaml]
// Default source: ../shared/upstream/charts/CHART/values.yaml. Output:
// src/charts/CHART/fixtures/upstream-leaves.json. Run again only when the modelled version changes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { formatPath, type PathSeg } from '../src/core/paths';
import { isMap } from '../src/core/values';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface UpstreamLeaf {
  path: string;
  default: unknown;
}

/**
 * A leaf is what a chart user sets as one value: a scalar, a list (lists replace whole under
 * helm's merge) or an empty map. Non-empty maps are walked into.
 */
function upstreamLeaves(values: unknown, segs: PathSeg[] = []): UpstreamLeaf[] {
  if (isMap(values) && Object.keys(values).length > 0) {
    return Object.entries(values).flatMap(([key, child]) => upstreamLeaves(child, [...segs, key]));
  }
  return segs.length === 0 ? [] : [{ path: formatPath(segs), default: values }];
}

function main(): number {
  const [chart, source] = process.argv.slice(2);
  if (!chart) {
    console.error('usage: npx tsx scripts/upstream-leaves.ts CHART [values.yaml]');
    return 2;
  }
  const chartDir = resolve(repo, `../shared/upstream/charts/${chart}`);
  const valuesFile = source ? resolve(source) : join(chartDir, 'values.yaml');
  if (!existsSync(valuesFile)) {
    console.error(`no values file at ${valuesFile}`);
    return 1;
  }
  // Helm reads a repeated key as its last value (Kraken's values.yaml repeats redis.master).
  const values: unknown = parse(readFileSync(valuesFile, 'utf8'), { uniqueKeys: false }) ?? {};
  const chartYaml = join(chartDir, 'Chart.yaml');
  const meta = existsSync(chartYaml) ? (parse(readFileSync(chartYaml, 'utf8')) as { version?: string }) : {};
  const leaves = upstreamLeaves(values);
  const out = join(repo, `src/charts/${chart}/fixtures/upstream-leaves.json`);
  const facts = { chart, version: meta.version ?? null, leafCount: leaves.length, leaves, values };
  writeFileSync(out, `${JSON.stringify(facts, null, 2)}\n`);
  console.log(`${leaves.length} leaves of ${chart} ${meta.version ?? ''} written to ${out}`);
  return 0;
}

process.exit(main());
