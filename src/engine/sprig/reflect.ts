// Go's reflect as Sprig uses it: kinds, emptiness (Sprig's `empty`) and reflect.DeepEqual.
import { GoObject, goTypeName, hasKey, isGoMap, mapLikeOf } from '../value';
import type { GoValue } from '../value';

/** reflect.Kind's name for a value ("invalid" for nil). Ints are int64 in our model. */
export function kindOf(v: GoValue | undefined): string {
  if (v === null || v === undefined) return 'invalid';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'string':
      return 'string';
    case 'number':
      return 'float64';
    case 'bigint':
      return 'int64';
  }
  if (Array.isArray(v)) return 'slice';
  if (v instanceof GoObject) {
    const t = v.goType;
    if (t === 'int') return 'int'; // a GoIntOperand
    if (t.startsWith('*')) return 'ptr';
    if (t.startsWith('map[') || t === 'chartutil.Values' || t === 'common.Values' || mapLikeOf(v)) return 'map';
    if (t.startsWith('[]')) return 'slice';
    return 'struct';
  }
  return 'map';
}

/** The panic Go raises when Sprig calls reflect.TypeOf(nil).Kind(). */
export function nilDeref(): Error {
  return new Error('runtime error: invalid memory address or nil pointer dereference');
}

/** Sprig's empty: nil, false, 0, "", and empty lists and maps; structs never. */
export function isEmpty(v: GoValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  switch (typeof v) {
    case 'boolean':
      return !v;
    case 'string':
      return v.length === 0;
    case 'number':
      return v === 0;
    case 'bigint':
      return v === 0n;
  }
  if (Array.isArray(v)) return v.length === 0;
  if (v instanceof GoObject) {
    const m = mapLikeOf(v);
    if (m) return m.goEntries().length === 0;
    // a slice type ([]byte, a VersionSet): the template engine's list protocol
    const elements = (v as Partial<{ goElements(): GoValue[] }>).goElements;
    return typeof elements === 'function' ? elements.call(v).length === 0 : false;
  }
  for (const k in v) if (hasKey(v, k)) return false;
  return true;
}

/** reflect.DeepEqual on our values: types must match (1 and 1.0 differ). */
export function deepEqual(a: GoValue | undefined, b: GoValue | undefined, depth = 0): boolean {
  if (depth > 10000) throw new Error('deepEqual: value nested too deeply');
  const x = a ?? null;
  const y = b ?? null;
  if (x === null || y === null) return x === y;
  if (typeof x !== typeof y) return false;
  if (typeof x !== 'object') return x === y; // NaN differs from itself, as in Go
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    return x.every((e, i) => deepEqual(e, y[i], depth + 1));
  }
  if (x instanceof GoObject || y instanceof GoObject) {
    return x instanceof GoObject && y instanceof GoObject && x.goType === y.goType && (x === y || x.format() === y.format());
  }
  if (!isGoMap(y) || Array.isArray(y)) return false;
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  if (kx.length !== ky.length) return false;
  return kx.every((k) => hasKey(y, k) && deepEqual(x[k], y[k], depth + 1));
}

/** fmt's %T, as typeOf prints it. */
export function typeOf(v: GoValue | undefined): string {
  return goTypeName(v);
}
