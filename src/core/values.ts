// Values trees as helm treats them. The one merge rule (helm's coalesce): maps merge key by key,
// lists and scalars replace whole, and a null in the override deletes the key. Everything is pure.
import type { TSchema } from 'typebox';
import { toSegs, type PathSeg } from './paths';
import { node } from './schemaNode';
import type { Values } from './types';

/** Helm's largest list index (strvals MaxIndex). */
export const MAX_LIST_INDEX = 65_536;

export function isMap(v: unknown): v is Values {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Sets an own key even when it is named `__proto__` (values come from users and links). */
export function put(map: Values, key: string, value: unknown): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A map's own value for a key, never one inherited from Object.prototype: `map['__proto__']` or
 * `map['constructor']` on a plain object would hand back the prototype or a function.
 */
export function own(map: Values, key: string): unknown {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** A deep copy of maps and lists; scalars are returned as they are (a copy would be the same). */
function clone<T>(v: T): T {
  return typeof v === 'object' && v !== null ? structuredClone(v) : v;
}

/** Every `default` in the schema; objects without one are built from their children. */
export function defaultsFromSchema(schema: TSchema): Values {
  const built = defaultOf(schema);
  return isMap(built) ? built : {};
}

/** A node's default, or for an object without one, the defaults of its children (undefined if none). */
export function defaultOf(schema: TSchema): unknown {
  const n = node(schema);
  if ('default' in n) return clone(n.default);
  if (!n.properties) return undefined;
  const out: Values = {};
  for (const [key, child] of Object.entries(n.properties)) {
    const value = defaultOf(child);
    if (value !== undefined) put(out, key, value);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Helm's coalesce of `override` onto `base`. Never mutates either argument. A null deletes a key the
 * base has; a null for a key the base lacks stays (helm passes it on, e.g. into a `toJson` block).
 */
export function mergeValues(base: Values, override: Values): Values {
  const out: Values = {};
  for (const [key, value] of Object.entries(base)) put(out, key, clone(value));
  for (const [key, value] of Object.entries(override)) {
    if (value === null) {
      if (Object.hasOwn(out, key)) delete out[key];
      else put(out, key, null);
    } else if (isMap(value)) {
      const prev = own(out, key);
      put(out, key, mergeValues(isMap(prev) ? prev : {}, value));
    } else {
      put(out, key, clone(value));
    }
  }
  return out;
}

export function getAt(values: unknown, path: string | readonly PathSeg[]): unknown {
  let cur: unknown = values;
  // A list of segments is walked as it is: no copy (the Kubernetes checks read many fields a render).
  for (const seg of typeof path === 'string' ? toSegs(path) : path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[seg];
    } else {
      if (!isMap(cur) || !Object.hasOwn(cur, seg)) return undefined;
      cur = cur[seg];
    }
  }
  return cur;
}

/** Returns a copy with `value` at `path`, creating maps (for keys) and lists (for indexes) on the way. */
export function setAt(values: Values, path: string | readonly PathSeg[], value: unknown): Values {
  const segs = toSegs(path);
  if (segs.length === 0) return isMap(value) ? clone(value) : values;
  return setIn(values, segs, value) as Values;
}

function setIn(container: unknown, segs: PathSeg[], value: unknown): unknown {
  const [seg, ...rest] = segs;
  if (typeof seg === 'number') {
    // helm refuses indexes above 65536; a crafted path must not allocate millions of nulls.
    if (seg > MAX_LIST_INDEX) throw new RangeError(`list index ${seg} is above the maximum of ${MAX_LIST_INDEX}`);
    const list = Array.isArray(container) ? [...container] : [];
    while (list.length < seg) list.push(null); // helm pads lists with nulls
    list[seg] = rest.length === 0 ? clone(value) : setIn(list[seg], rest, value);
    return list;
  }
  const map: Values = isMap(container) ? { ...container } : {};
  put(map, seg, rest.length === 0 ? clone(value) : setIn(own(map, seg), rest, value));
  return map;
}

/** Returns a copy without the value at `path`; maps left empty by the removal are removed too. */
export function deleteAt(values: Values, path: string | readonly PathSeg[]): Values {
  const segs = toSegs(path);
  if (segs.length === 0) return values;
  const result = deleteIn(values, segs);
  return isMap(result) ? result : {};
}

function deleteIn(container: unknown, segs: PathSeg[]): unknown {
  const [seg, ...rest] = segs;
  if (typeof seg === 'number') {
    if (!Array.isArray(container) || seg >= container.length) return container;
    const list = [...container];
    if (rest.length === 0) list.splice(seg, 1);
    else list[seg] = deleteIn(list[seg], rest);
    return list;
  }
  if (!isMap(container) || !Object.hasOwn(container, seg)) return container;
  const map: Values = { ...container };
  if (rest.length === 0) {
    delete map[seg];
  } else {
    const child = deleteIn(map[seg], rest);
    if (isMap(child) && Object.keys(child).length === 0) delete map[seg];
    else put(map, seg, child);
  }
  return map;
}

/**
 * Layers user-supplied values the way helm does before they meet the chart defaults (-f files,
 * the documents of one values file): later wins, maps merge, lists and scalars replace, and nulls
 * are KEPT (they delete a chart default only when mergeValues meets the defaults).
 */
export function layerValues(base: Values, override: Values): Values {
  const out: Values = {};
  for (const [key, value] of Object.entries(base)) put(out, key, value);
  for (const [key, value] of Object.entries(override)) {
    const prev = own(out, key);
    put(out, key, isMap(prev) && isMap(value) ? layerValues(prev, value) : value);
  }
  return out;
}

/**
 * The smallest override that turns `defaults` into `values` under mergeValues: changed maps are
 * described key by key, lists whole, and a default key the user removed becomes null.
 */
export function diffValues(defaults: Values, values: Values): Values {
  const out: Values = {};
  for (const [key, value] of Object.entries(values)) {
    if (!Object.hasOwn(defaults, key)) {
      put(out, key, clone(value));
      continue;
    }
    const base = defaults[key];
    if (isMap(base) && isMap(value)) {
      const inner = diffValues(base, value);
      if (Object.keys(inner).length > 0) put(out, key, inner);
    } else if (!deepEqual(base, value)) {
      put(out, key, clone(value));
    }
  }
  for (const key of Object.keys(defaults)) {
    if (!Object.hasOwn(values, key)) put(out, key, null);
  }
  return out;
}

/** Same data, map keys in the reference's order first (the chart's order), unknown keys after. */
export function orderLike(values: Values, reference: Values): Values {
  const out: Values = {};
  const place = (key: string) => {
    const value = own(values, key);
    const ref = own(reference, key);
    put(out, key, isMap(value) && isMap(ref) ? orderLike(value, ref) : value);
  };
  for (const key of Object.keys(reference)) if (Object.hasOwn(values, key)) place(key);
  for (const key of Object.keys(values)) if (!Object.hasOwn(out, key)) place(key);
  return out;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isMap(a) && isMap(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return Number.isNaN(a) && Number.isNaN(b);
}
