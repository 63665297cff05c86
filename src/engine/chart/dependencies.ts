// helm 4.1.4's dependency processing (pkg/chart/v2/util/dependencies.go) and the checks its
// install/template command runs first, on a copy of the loaded chart (the loaded one is never changed,
// so a live preview can prepare it again for every edit):
// - a Chart.yaml dependency uses the loaded subchart whose name matches and whose version satisfies
//   the dependency's range (no version, no match: the dependency is dropped silently, as in helm);
//   an alias renames the copy, so one subchart can be used twice under two aliases;
// - `tags` (read from the root's `tags` map) then `condition` (the first comma-separated path that
//   resolves to a bool wins, relative to the chart's own values) decide which stay;
// - import-values copy child values into the parent (children first), below the parent's own values.
import type { GoMap, GoValue } from '../value';
import { hasKey, isGoMap, mapSet, newMap } from '../value';
import { formatValue } from '../go/fmt';
import type { Chart, ChartDependency, ChartMetadata } from './types';
import { ChartError, isLibraryChart } from './types';
import { coalesceValuesOf, copyMapDeep, mergeTables, mergeValuesOf } from './coalesce';
import { isCompatibleRange } from './semver';

/** Chart.yaml dependencies that are not among the loaded subcharts (helm's CheckDependencies). */
export function checkDependencies(chart: Chart): void {
  const missing = chart.metadata.dependencies
    .filter((d) => !chart.dependencies.some((c) => c.metadata.name === d.name))
    .map((d) => d.name);
  if (missing.length > 0) {
    throw new ChartError(
      'an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to ' +
        `fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}`,
    );
  }
}

function copyMetadata(md: ChartMetadata): ChartMetadata {
  return { ...md, dependencies: md.dependencies.map((d) => ({ ...d, tags: [...d.tags], importValues: [...d.importValues] })) };
}

/** A copy of a chart node (metadata copied; templates, files and values shared) under `parent`. */
function copyNode(chart: Chart, parent: Chart | null, name?: string): Chart {
  const metadata = copyMetadata(chart.metadata);
  if (name !== undefined) metadata.name = name;
  const out: Chart = { ...chart, metadata, parent, dependencies: [] };
  out.fullPath = parent === null ? metadata.name : `${parent.fullPath}/charts/${metadata.name}`;
  out.dependencies = chart.dependencies.map((d) => copyNode(d, out));
  return out;
}

/** Re-links parent pointers and full paths after a node's dependency list changed. */
function setDependencies(chart: Chart, deps: Chart[]): void {
  chart.dependencies = deps;
  for (const d of deps) relink(d, chart);
}

function relink(chart: Chart, parent: Chart): void {
  chart.parent = parent;
  chart.fullPath = `${parent.fullPath}/charts/${chart.metadata.name}`;
  for (const d of chart.dependencies) relink(d, chart);
}

function getAliasDependency(charts: Chart[], dep: ChartDependency, parent: Chart): Chart | null {
  for (const c of charts) {
    if (c.metadata.name !== dep.name) continue;
    if (!isCompatibleRange(dep.version, c.metadata.version)) continue;
    return copyNode(c, parent, dep.alias !== '' ? dep.alias : undefined);
  }
  return null;
}

/** helm's Values.Table: the map at a dotted path, or null. */
export function table(values: GoMap, path: string): GoMap | null {
  let cur: GoMap = values;
  for (const part of path.split('.')) {
    if (!hasKey(cur, part)) return null;
    const next = cur[part];
    if (!isGoMap(next)) return null;
    cur = next;
  }
  return cur;
}

/** helm's Values.PathValue: a non-map value at a dotted path, or undefined. */
export function pathValue(values: GoMap, path: string): GoValue | undefined {
  if (path === '') return undefined;
  const parts = path.split('.');
  const key = parts.pop() as string;
  const t = parts.length === 0 ? values : table(values, parts.join('.'));
  if (t === null || !hasKey(t, key) || isGoMap(t[key])) return undefined;
  return t[key];
}

function applyTags(deps: ChartDependency[], cvals: GoMap): void {
  const tags = table(cvals, 'tags');
  if (tags === null) return;
  for (const r of deps) {
    let hasTrue = false;
    let hasFalse = false;
    for (const k of r.tags) {
      if (!hasKey(tags, k)) continue;
      const b = tags[k];
      if (b === true) hasTrue = true;
      else if (b === false) hasFalse = true;
    }
    r.enabled = hasTrue || !hasFalse;
  }
}

function applyConditions(deps: ChartDependency[], cvals: GoMap, cpath: string): void {
  for (const r of deps) {
    for (const c of r.condition.trim().split(',')) {
      if (c.length === 0) continue;
      const v = pathValue(cvals, cpath + c);
      if (typeof v === 'boolean') {
        r.enabled = v;
        break;
      }
    }
  }
}

function processEnabled(c: Chart, v: GoMap, path: string, depth: number): void {
  if (depth > 64) throw new ChartError('chart dependencies are nested too deeply');
  // helm returns early on a nil list; an empty list then changes nothing either.
  if (c.metadata.dependencies.length === 0) return;
  const declared = c.metadata.dependencies;
  const kept: Chart[] = c.dependencies.filter(
    (existing) => !declared.some((req) => existing.metadata.name === req.name && isCompatibleRange(req.version, existing.metadata.version)),
  );
  for (const req of declared) {
    const dep = getAliasDependency(c.dependencies, req, c);
    if (dep !== null) kept.push(dep);
    if (req.alias !== '') req.name = req.alias;
  }
  setDependencies(c, kept);
  for (const r of declared) r.enabled = true;
  const cvals = coalesceValuesOf(c, v);
  applyTags(declared, cvals);
  applyConditions(declared, cvals, path);
  const removed = new Set(declared.filter((r) => !r.enabled).map((r) => r.name));
  const enabledCharts = c.dependencies.filter((n) => !removed.has(n.metadata.name));
  const enabledMeta = declared.filter((n) => !removed.has(n.name));
  for (const t of enabledCharts) processEnabled(t, cvals, `${path}${t.metadata.name}.`, depth + 1);
  c.metadata.dependencies = enabledMeta;
  setDependencies(c, enabledCharts);
}

function pathToMap(path: string, data: GoMap): GoMap {
  if (path === '.') return data;
  let cur = data;
  const parts = path.split('.');
  for (let i = parts.length - 1; i >= 0; i--) {
    const m = newMap();
    mapSet(m, parts[i], cur);
    cur = m;
  }
  return cur;
}

function processImportValues(c: Chart): void {
  if (c.metadata.dependencies.length === 0) return;
  const cvals = mergeValuesOf(c, null);
  let b = newMap();
  for (const r of c.metadata.dependencies) {
    const out: GoValue[] = [];
    for (const riv of r.importValues) {
      if (isGoMap(riv)) {
        const child = formatValue(hasKey(riv, 'child') ? riv.child : null);
        const parent = formatValue(hasKey(riv, 'parent') ? riv.parent : null);
        const entry = newMap();
        mapSet(entry, 'child', child);
        mapSet(entry, 'parent', parent);
        out.push(entry);
        const vv = table(cvals, `${r.name}.${child}`);
        if (vv !== null) b = mergeTables(b, pathToMap(parent, vv));
      } else if (typeof riv === 'string') {
        const child = `exports.${riv}`;
        const entry = newMap();
        mapSet(entry, 'child', child);
        mapSet(entry, 'parent', '.');
        out.push(entry);
        const vm = table(cvals, `${r.name}.${child}`);
        if (vm !== null) b = mergeTables(b, vm);
      }
    }
    r.importValues = out;
  }
  // Imported values rank below the parent's own: b goes under a copy of the parent's values.
  c.values = mergeTables(copyMapDeep(cvals), b);
}

function processImports(c: Chart): void {
  for (const d of c.dependencies) processImports(d);
  processImportValues(c);
}

export interface PreparedChart {
  /** A copy of the chart: disabled dependencies removed, aliases applied, imports merged in. */
  chart: Chart;
  /** The values its templates see (helm's CoalesceValues of the prepared chart and the user's values). */
  values: GoMap;
}

/** What `helm template` does to a loaded chart and the user's values before rendering. */
export function processDependencies(chart: Chart, userValues: GoMap, imports = true): Chart {
  const copy = copyNode(chart, null);
  processEnabled(copy, userValues, '', 0);
  if (imports) processImports(copy);
  return copy;
}

/** helm template's checks and preparation: installable, dependencies present, processed, coalesced. */
export function prepareChart(chart: Chart, userValues: GoMap): PreparedChart {
  if (isLibraryChart(chart) || (chart.metadata.type !== '' && chart.metadata.type !== 'application')) {
    throw new ChartError(`${chart.metadata.type} charts are not installable`);
  }
  checkDependencies(chart);
  let processed: Chart;
  try {
    processed = processDependencies(chart, userValues);
  } catch (e) {
    if (e instanceof ChartError && e.message.startsWith('type mismatch')) {
      throw new ChartError(`chart dependencies processing failed: ${e.message}`);
    }
    throw e;
  }
  return { chart: processed, values: coalesceValuesOf(processed, userValues) };
}
