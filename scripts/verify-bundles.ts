// Developer tool: checks bundles against the real tools. For every registered chart and value set
// (the chart defaults and each fixture in src/charts/<chart>/fixtures), it builds the bundle, hands
// its <release>/values.yaml to the real helm (`helm template --output-dir` on the upstream chart in
// ../shared/upstream/charts/<chart>) and compares helm's files with the bundle's manifests/: the
// same file names, the same objects. Plain manifests are run through `kubectl kustomize` instead.
// The release folders of the stack presets' bundles are checked the same way.
// Prints OK or FAIL per bundle; not part of the unit tests (a clone has neither helm nor upstream).
//   npx tsx scripts/verify-bundles.ts [CHART...]
// HELM_BIN / KUBECTL_BIN override where the tools are looked for.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { charts, findChart } from '../src/charts';
import { findTool } from './helmTools';
import { buildBundle, buildStackBundle, type BundleFiles } from '../src/core/bundle';
import { stackPresets } from '../src/charts/stackPresets';
import { chartSource } from '../src/core/bundle/chartSource';
import {
  compareManifests, listFixtures, markRandomValues, normaliseHelmText, parseManifests, type Manifest,
} from '../src/core/testing/fixtureKit';
import type { ChartModule, Release, Values } from '../src/core/types';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const helm = findTool('helm');
const kubectl = findTool('kubectl');

function writeFiles(dir: string, files: BundleFiles): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

function readTree(dir: string, base = dir, out: Record<string, string> = {}): Record<string, string> {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) readTree(full, base, out);
    else out[relative(base, full)] = readFileSync(full, 'utf8');
  }
  return out;
}

interface ValueSet {
  name: string;
  release: Release;
  values: Values;
}

function valueSets(chart: ChartModule): ValueSet[] {
  const sets: ValueSet[] = [{ name: 'defaults', release: { name: 'bundle-check', namespace: 'bundle-ns' }, values: {} }];
  const dir = join(repo, `src/charts/${chart.id}/fixtures`);
  if (existsSync(dir)) for (const f of listFixtures(dir)) if (f.name !== 'defaults') sets.push({ name: f.name, release: f.release, values: f.values });
  return sets;
}

function helmOutputDir(chartDir: string, set: ValueSet, valuesFile: string, out: string): Record<string, string> {
  rmSync(out, { recursive: true, force: true });
  execFileSync(helm as string, ['template', set.release.name, chartDir, '-f', valuesFile, '--namespace', set.release.namespace, '--output-dir', out], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return readTree(out);
}

/** Compares helm's output files with the bundle's manifests/ folder, file by file. */
function compareHelm(chart: ChartModule, chartDir: string, set: ValueSet, tmp: string, files: BundleFiles): string[] {
  const bundleDir = join(tmp, 'bundle');
  rmSync(bundleDir, { recursive: true, force: true });
  writeFiles(bundleDir, files);
  const valuesFile = join(bundleDir, set.release.name, 'values.yaml');
  let first: Record<string, string>;
  let second: Record<string, string>;
  try {
    first = helmOutputDir(chartDir, set, valuesFile, join(tmp, 'helm-a'));
    second = helmOutputDir(chartDir, set, valuesFile, join(tmp, 'helm-b'));
  } catch (e) {
    return [`helm rejected the bundle's values.yaml: ${((e as { stderr?: Buffer }).stderr?.toString() ?? String(e)).trim()}`];
  }
  const ours = readTree(join(bundleDir, set.release.name, 'manifests'));
  const problems: string[] = [];
  const own = (path: string) => !path.startsWith(`${chart.chartName}/charts/`);
  const helmPaths = Object.keys(first).filter(own).sort();
  const ourPaths = Object.keys(ours).filter(own).sort();
  for (const p of helmPaths) if (!(p in ours)) problems.push(`missing file ${p}`);
  for (const p of ourPaths) if (!(p in first)) problems.push(`extra file ${p}`);
  let identical = 0;
  let sameObjects = 0;
  for (const p of helmPaths.filter((x) => x in ours)) {
    const expected = normaliseHelmText(markRandomValues(first[p], second[p] ?? first[p]));
    const actual = normaliseHelmText(ours[p]);
    if (expected === actual.replace(/^# NOTE: .*\n/gm, '')) {
      identical++;
      continue;
    }
    const diffs = compareManifests(parseManifests(expected), parseManifests(actual));
    if (diffs.length > 0) problems.push(...diffs.slice(0, 5).map((d) => `${p}: ${d}`));
    else sameObjects++;
  }
  const summarised = Object.keys(ours).filter((p) => !own(p)).length;
  if (problems.length === 0) {
    console.log(`  OK   ${chart.id} ${set.name}: ${helmPaths.length} files; ${identical} the same text as helm's, ${sameObjects} the same objects${summarised ? ` (${summarised} subchart summary files not compared)` : ''}`);
  }
  return problems;
}

/** Plain manifests: kubectl kustomize must take the folder and give back the same objects. */
function compareKustomize(chart: ChartModule, set: ValueSet, tmp: string, files: BundleFiles): string[] {
  const bundleDir = join(tmp, 'bundle');
  rmSync(bundleDir, { recursive: true, force: true });
  writeFiles(bundleDir, files);
  let text: string;
  try {
    text = execFileSync(kubectl as string, ['kustomize', join(bundleDir, set.release.name, 'manifests')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return [`kubectl kustomize rejected manifests/: ${((e as { stderr?: Buffer }).stderr?.toString() ?? String(e)).trim()}`];
  }
  const key = (o: unknown) => {
    const m = o as { kind?: string; metadata?: { name?: string; namespace?: string } };
    return `${m.kind}/${m.metadata?.namespace ?? ''}/${m.metadata?.name}`;
  };
  const fromKustomize = parseAllDocuments(text).map((d) => d.toJS() as unknown).filter(Boolean);
  const ours: Manifest[] = [];
  for (const [path, content] of Object.entries(files)) {
    if (!path.startsWith(`${set.release.name}/manifests/`) || path.endsWith('kustomization.yaml') || typeof content !== 'string') continue;
    for (const doc of parseAllDocuments(content)) {
      const object = doc.toJS() as Manifest['object'] | null;
      if (object) ours.push({ template: path, object });
    }
  }
  const problems: string[] = [];
  if (fromKustomize.length !== ours.length) problems.push(`kustomize gives ${fromKustomize.length} objects, the files hold ${ours.length}`);
  const byKey = new Map(fromKustomize.map((o) => [key(o), o]));
  for (const m of ours) {
    const k = byKey.get(key(m.object));
    if (!k) problems.push(`kustomize lost ${key(m.object)}`);
    else if (JSON.stringify(sortKeys(k)) !== JSON.stringify(sortKeys(m.object))) problems.push(`kustomize changed ${key(m.object)}`);
  }
  if (problems.length === 0) console.log(`  OK   ${chart.id} ${set.name}: kubectl kustomize takes manifests/ and gives the same ${ours.length} objects`);
  return problems;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sortKeys(x)]));
  return v;
}

let failed = 0;
let checked = 0;

/** Why a release folder of this chart cannot be checked here, or undefined when it can. */
function cannotCheck(chart: ChartModule): string | undefined {
  const plain = chartSource(chart).kind === 'manifests';
  const chartDir = resolve(repo, `../shared/upstream/charts/${chart.id}`);
  if (plain) return kubectl ? undefined : 'no kubectl';
  if (!helm) return 'no helm';
  return existsSync(chartDir) ? undefined : `no upstream chart at ${chartDir}`;
}

function check(chart: ChartModule, set: ValueSet, files: BundleFiles, tmp: string): void {
  checked++;
  const plain = chartSource(chart).kind === 'manifests';
  const chartDir = resolve(repo, `../shared/upstream/charts/${chart.id}`);
  const problems = plain ? compareKustomize(chart, set, tmp, files) : compareHelm(chart, chartDir, set, tmp, files);
  if (problems.length > 0) {
    failed++;
    console.log(`  FAIL ${chart.id} ${set.name}`);
    for (const p of problems.slice(0, 12)) console.log(`       ${p}`);
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'verify-bundles-'));
try {
  for (const chart of charts.filter((c) => wanted.length === 0 || wanted.includes(c.id))) {
    const why = cannotCheck(chart);
    if (why) {
      console.log(`skipped ${chart.id}: ${why}`);
      continue;
    }
    console.log(`== ${chart.id}`);
    for (const set of valueSets(chart)) check(chart, set, buildBundle({ chart, release: set.release, values: set.values }), tmp);
  }
  // Stacks: every release folder of each preset's bundle, with the values its bindings wrote.
  for (const preset of stackPresets) {
    const releases = preset.stack.releases.filter((r) => wanted.length === 0 || wanted.includes(r.chart));
    if (releases.length === 0) continue;
    console.log(`== stack ${preset.id}`);
    const files = buildStackBundle(preset.stack, findChart);
    for (const r of releases) {
      const chart = findChart(r.chart) as ChartModule;
      const why = cannotCheck(chart);
      if (why) console.log(`skipped ${r.name}: ${why}`);
      else check(chart, { name: `${preset.id}/${r.name}`, release: { name: r.name, namespace: r.namespace }, values: r.values }, files, tmp);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`${checked - failed}/${checked} bundles OK`);
process.exitCode = failed > 0 ? 1 : 0;
