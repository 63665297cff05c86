// helm 4.1.4's CoalesceValues / MergeValues (pkg/chart/common/util/coalesce.go): user values over
// chart defaults, maps merged, scalars and lists replaced; each subchart's values under its name
// (alias), with the parent's `global` copied in over the subchart's own. Coalescing drops a key the
// user set to null when the chart has a default for it, and keeps a null the defaults lack; merging
// (used for import-values) keeps every null. The maps are mutated and shared exactly where helm's
// are, because that sharing is visible (a subchart's nested globals leak into its parent's).
import type { GoMap, GoValue } from '../value';
import { GoObject, hasKey, isGoMap, mapSet, newMap } from '../value';
import { sprintf } from '../go/fmt';
import type { Chart } from './types';
import { ChartError } from './types';

const MAX_DEPTH = 1000;

/** copystructure.Copy of a values tree: fresh maps and lists, scalars as they are. */
export function deepCopy(v: GoValue, depth = 0): GoValue {
  if (depth > MAX_DEPTH) throw new ChartError('values are nested too deeply');
  if (Array.isArray(v)) return v.map((x) => deepCopy(x, depth + 1));
  if (isGoMap(v)) return copyMapDeep(v, depth);
  return v;
}

export function copyMapDeep(m: GoMap, depth = 0): GoMap {
  const out = newMap();
  for (const k of Object.keys(m)) mapSet(out, k, deepCopy(m[k], depth + 1));
  return out;
}

function isTable(v: GoValue | undefined): v is GoMap {
  return v !== undefined && v !== null && isGoMap(v) && !(v instanceof GoObject);
}

function get(m: GoMap, k: string): GoValue | undefined {
  return hasKey(m, k) ? m[k] : undefined;
}

/** Copies the chart's values into `dest` (the user's), user values winning. */
function coalesceValues(chart: Chart, v: GoMap, merge: boolean): void {
  const vc = copyMapDeep(chart.values);
  for (const key of Object.keys(vc)) {
    const val = vc[key];
    const value = get(v, key);
    if (value === undefined) {
      mapSet(v, key, val);
      continue;
    }
    if (value === null && !merge) {
      delete v[key];
    } else if (isTable(value) && isTable(val)) {
      const childMerge = merge || chart.dependencies.some((d) => d.metadata.name === key);
      coalesceTables(value, val, childMerge);
    }
    // A user scalar or list wins; a user map over a default non-map keeps the user's map.
  }
}

/** The parent's globals into a subchart's values: parent wins, nested maps merged top-down. */
function coalesceGlobals(dest: GoMap, src: GoMap): void {
  let dg: GoMap;
  let sg: GoMap;
  const destGlobal = get(dest, 'global');
  if (destGlobal === undefined) dg = newMap();
  else if (isTable(destGlobal)) dg = destGlobal;
  else return; // helm warns "skipping globals because destination global is not a table"
  const srcGlobal = get(src, 'global');
  if (srcGlobal === undefined) sg = newMap();
  else if (isTable(srcGlobal)) sg = srcGlobal;
  else return;
  for (const key of Object.keys(sg)) {
    const val = sg[key];
    const dv = get(dg, key);
    if (isTable(val)) {
      // A shallow copy, as helm's copyMap: nested maps stay shared with the parent's globals.
      const vv = newMap();
      for (const k of Object.keys(val)) mapSet(vv, k, val[k]);
      if (dv === undefined) {
        mapSet(dg, key, vv);
      } else if (isTable(dv)) {
        coalesceTables(vv, dv, true);
        mapSet(dg, key, vv);
      }
    } else if (!isTable(dv)) {
      mapSet(dg, key, val);
    }
  }
  mapSet(dest, 'global', dg);
}

function coalesceDeps(chart: Chart, dest: GoMap, merge: boolean): void {
  for (const sub of chart.dependencies) {
    const name = sub.metadata.name;
    const current = get(dest, name);
    if (current === undefined) {
      mapSet(dest, name, newMap());
    } else if (!isTable(current)) {
      throw new ChartError(`type mismatch on ${name}: ${sprintf('%t', [current])}`);
    }
    const dvmap = dest[name] as GoMap;
    coalesceGlobals(dvmap, dest);
    mapSet(dest, name, coalesce(sub, dvmap, merge));
  }
}

function coalesce(chart: Chart, dest: GoMap, merge: boolean): GoMap {
  coalesceValues(chart, dest, merge);
  coalesceDeps(chart, dest, merge);
  return dest;
}

/** helm's coalesceTablesFullKey: src into dst, dst authoritative; mutates both as helm does. */
export function coalesceTables(dst: GoMap | null, src: GoMap | null, merge: boolean): GoMap | null {
  if (src === null) return dst;
  if (dst === null) return src;
  const srcNonNil = new Set<string>();
  for (const key of Object.keys(src)) if (src[key] !== null) srcNonNil.add(key);
  for (const key of Object.keys(dst)) if (dst[key] === null) mapSet(src, key, null);
  for (const key of Object.keys(src)) {
    const val = src[key];
    const dv = get(dst, key);
    if (dv === null && !merge && srcNonNil.has(key)) {
      delete dst[key]; // the user nulled a chart default
    } else if (dv === undefined) {
      mapSet(dst, key, val);
    } else if (isTable(val)) {
      if (isTable(dv)) coalesceTables(dv, val, merge);
    }
  }
  return dst;
}

/** helm's CoalesceTables (nulls drop defaults) and MergeTables (nulls kept). */
export const coalesceTablesTop = (dst: GoMap, src: GoMap): GoMap => coalesceTables(dst, src, false) as GoMap;
export const mergeTables = (dst: GoMap, src: GoMap): GoMap => coalesceTables(dst, src, true) as GoMap;

/** helm's CoalesceValues: the values a chart's templates see, user values over every default. */
export function coalesceValuesOf(chart: Chart, userValues: GoMap | null): GoMap {
  return coalesce(chart, userValues === null ? newMap() : copyMapDeep(userValues), false);
}

/** helm's MergeValues: as coalesceValuesOf, keeping nulls. */
export function mergeValuesOf(chart: Chart, userValues: GoMap | null): GoMap {
  return coalesce(chart, userValues === null ? newMap() : copyMapDeep(userValues), true);
}
