// Which parameter produced a rendered field? Values are indexed once per evaluation (scalars by
// their text, lists and maps by their shape, map keys by name); a field is looked up by its own
// value first, then by the values of its ancestors (a `tolerations` list copied whole), and the
// candidate whose path ends like the field's path wins. Chart-agnostic: it works the same for the
// curated renderers and for charts opened at run time.
import { formatPath, type PathSeg } from '../paths';
import type { Values } from '../types';
import { deepEqual, getAt, isMap } from '../values';

/** Enough for every chart we know; a larger tree is indexed partly (the rest traces to nothing). */
const MAX_INDEXED_NODES = 50_000;
const MAX_DEPTH = 100;
const MAX_PARAMS = 3;

interface ValueNode {
  segs: PathSeg[];
  value: unknown;
  userSet: boolean;
}

export interface ValueTracer {
  /** Value paths that produced the field at `field` of `root` (a rendered object); [] when unknown. */
  trace(root: unknown, field: readonly PathSeg[]): string[];
  /** Value paths of a map key that became the last segment of `field` (label and annotation keys). */
  traceKey(root: unknown, field: readonly PathSeg[]): string[];
}

function scalarKey(v: unknown): string | undefined {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined;
}

function shapeKey(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    if (v.length === 0) return undefined;
    const first = v[0];
    return `[${v.length}:${scalarKey(first) ?? (isMap(first) ? Object.keys(first).sort().join(',') : '?')}`;
  }
  if (isMap(v)) {
    const keys = Object.keys(v);
    return keys.length === 0 ? undefined : `{${keys.sort().join(',')}`;
  }
  return undefined;
}

function push(map: Map<string, ValueNode[]>, key: string, node: ValueNode): void {
  const list = map.get(key);
  if (list) list.push(node);
  else map.set(key, [node]);
}

/** Trailing string segments the two paths share, the measure of "the path ends like the field". */
function tailMatch(field: readonly PathSeg[], candidate: readonly PathSeg[]): number {
  const a = field.filter((s): s is string => typeof s === 'string');
  const b = candidate.filter((s): s is string => typeof s === 'string');
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n].toLowerCase() === b[b.length - 1 - n].toLowerCase()) n++;
  return n;
}

/** Values too common to point at one parameter on their own (`true`, `1`, `""`). */
function isTrivial(v: unknown): boolean {
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') return true;
  return typeof v === 'string' && v.length < 3;
}

export function indexValues(values: Values, userValues: Values): ValueTracer {
  const scalars = new Map<string, ValueNode[]>();
  const shapes = new Map<string, ValueNode[]>();
  const keys = new Map<string, ValueNode[]>();
  let count = 0;

  const walk = (value: unknown, user: unknown, segs: PathSeg[]): void => {
    if (count++ >= MAX_INDEXED_NODES || segs.length > MAX_DEPTH) return;
    const userSet = user !== undefined;
    const node: ValueNode = { segs, value, userSet };
    const scalar = scalarKey(value);
    if (scalar !== undefined) {
      push(scalars, scalar, node);
      return;
    }
    const shape = shapeKey(value);
    if (shape !== undefined) push(shapes, shape, node);
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, Array.isArray(user) ? user[i] : undefined, [...segs, i]));
    } else if (isMap(value)) {
      for (const key of Object.keys(value)) {
        const child = [...segs, key];
        push(keys, key, { segs: child, value: value[key], userSet: isMap(user) && Object.hasOwn(user, key) });
        walk(value[key], isMap(user) && Object.hasOwn(user, key) ? user[key] : undefined, child);
      }
    }
  };
  walk(values, userValues, []);

  /** The best of the candidates for a field, or none when nothing sets them apart. */
  const choose = (field: readonly PathSeg[], candidates: ValueNode[], trivial: boolean): ValueNode[] => {
    if (candidates.length === 0) return [];
    let best = -1;
    let chosen: ValueNode[] = [];
    for (const c of candidates) {
      // A parameter the user set outranks a default with the same tail.
      const score = tailMatch(field, c.segs) * 2 + (c.userSet ? 1 : 0);
      if (score > best) {
        best = score;
        chosen = [c];
      } else if (score === best) {
        chosen.push(c);
      }
    }
    // Without a name in common, only a value found once (and not a common one) points anywhere.
    if (best < 2 && (trivial || candidates.length > 1)) return [];
    return chosen.slice(0, MAX_PARAMS);
  };

  const lookup = (field: readonly PathSeg[], value: unknown): ValueNode[] => {
    const scalar = scalarKey(value);
    if (scalar !== undefined) return choose(field, scalars.get(scalar) ?? [], isTrivial(value));
    const shape = shapeKey(value);
    if (shape === undefined) return [];
    const same = (shapes.get(shape) ?? []).filter((n) => deepEqual(n.value, value));
    return choose(field, same, false);
  };

  const withSuffix = (nodes: ValueNode[], suffix: readonly PathSeg[]): string[] =>
    nodes.map((n) => formatPath([...n.segs, ...suffix])).filter((p) => p !== '');

  const trace = (root: unknown, field: readonly PathSeg[]): string[] => {
    // The field itself, then each ancestor that is a list or map (a block copied whole) up to the
    // object's top-level sections; the part below the matched ancestor is appended to its path.
    for (let depth = field.length; depth >= 2; depth--) {
      const prefix = field.slice(0, depth);
      const value = getAt(root, prefix);
      if (depth < field.length && shapeKey(value) === undefined) continue;
      const found = lookup(prefix, value);
      if (found.length > 0) return withSuffix(found, field.slice(depth));
    }
    return [];
  };

  const traceKey = (root: unknown, field: readonly PathSeg[]): string[] => {
    const key = field[field.length - 1];
    if (typeof key === 'string') {
      // Both paths end with the key; the map's own name (`annotations`) decides between maps.
      const found = choose(field, keys.get(key) ?? [], key.length < 3);
      if (found.length > 0) return withSuffix(found, []);
    }
    return trace(root, field);
  };

  return { trace, traceKey };
}
