// Sprig's dict functions (dict.go) and dario.cat/mergo v1.0.1's map merge as merge/mergeOverwrite
// use it. Go maps are references: merge mutates dst and its nested maps, and stores src's maps in
// dst without copying them; templates rely on both, so we do the same.
import { goTypeName, hasKey, isGoMap, mapGet, mapSet, newMap } from '../value';
import type { GoMap, GoValue } from '../value';
import { goFunc } from './args';
import type { FuncTable } from './args';
import { strval } from './cast';
import { isEmpty } from './reflect';

const MAX_DEPTH = 10000;

function tooDeep(): Error {
  return new Error('runtime: goroutine stack exceeds 1000000000-byte limit');
}

/** mergo's deepMerge of two map[string]interface{} values. */
export function mergeMaps(dst: GoMap, src: GoMap, overwrite: boolean, depth = 0): void {
  if (depth > MAX_DEPTH) throw tooDeep();
  for (const k of Object.keys(src)) {
    const s = src[k] ?? null;
    const d = mapGet(dst, k);
    if (s === null) {
      if (overwrite) mapSet(dst, k, null);
      continue;
    }
    if (isGoMap(s) && d !== undefined && isGoMap(d)) mergeMaps(d, s, overwrite, depth + 1);
    // A dst value that is set (not "empty") keeps its place when src is a list, or both are maps.
    if (d !== undefined && !isEmpty(d)) {
      if (Array.isArray(s)) {
        if (overwrite) mapSet(dst, k, s);
        continue;
      }
      if (isGoMap(s) && isGoMap(d)) continue;
    }
    if (overwrite || d === undefined || isEmpty(d)) mapSet(dst, k, s);
  }
}

function merge(overwrite: boolean) {
  return (dst: GoValue, ...srcs: GoValue[]): GoValue => {
    let out = dst as GoMap | null;
    for (const src of srcs) {
      if (src === null) continue;
      if (out === null) out = newMap();
      mergeMaps(out, src as GoMap, overwrite);
    }
    return out ?? newMap();
  };
}

/** copystructure.Copy: maps and lists copied all the way down; other values are immutable. */
export function deepCopy(v: GoValue, depth = 0): GoValue {
  if (depth > MAX_DEPTH) throw tooDeep();
  if (Array.isArray(v)) return v.map((x) => deepCopy(x, depth + 1));
  if (isGoMap(v)) {
    const m = newMap();
    for (const k of Object.keys(v)) mapSet(m, k, deepCopy(v[k] ?? null, depth + 1));
    return m;
  }
  return v;
}

/** A Go type assertion `x.(map[string]interface{})`, panicking as Go words it. */
function assertMap(v: GoValue): GoMap {
  if (isGoMap(v)) return v;
  throw new Error(`interface conversion: interface {} is ${v === null ? 'nil' : goTypeName(v)}, not map[string]interface {}`);
}

function dig(...ps: GoValue[]): GoValue {
  if (ps.length < 3) throw new Error('dig needs at least three arguments');
  let dict = assertMap(ps[ps.length - 1]);
  const def = ps[ps.length - 2];
  const keys = ps.slice(0, -2).map((k) => {
    if (typeof k !== 'string') throw new Error(`interface conversion: interface {} is ${k === null ? 'nil' : goTypeName(k)}, not string`);
    return k;
  });
  for (let i = 0; ; i++) {
    const step = mapGet(dict, keys[i]);
    if (step === undefined) return def;
    if (i === keys.length - 1) return step;
    dict = assertMap(step);
  }
}

function sortedStrings(a: string[]): string[] {
  return a.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

export function registerDicts(t: FuncTable): void {
  t.set(
    'dict',
    goFunc(
      'dict',
      [],
      (...kv: GoValue[]) => {
        const m = newMap();
        for (let i = 0; i < kv.length; i += 2) mapSet(m, strval(kv[i]), i + 1 < kv.length ? kv[i + 1] : '');
        return m;
      },
      'any',
    ),
  );
  t.set('get', goFunc('get', ['map', 'string'], (d: GoMap | null, k: string) => (d ? (mapGet(d, k) ?? '') : '')));
  t.set(
    'set',
    goFunc('set', ['map', 'string', 'any'], (d: GoMap | null, k: string, v: GoValue) => {
      if (!d) throw new Error('assignment to entry in nil map');
      mapSet(d, k, v);
      return d;
    }),
  );
  t.set(
    'unset',
    goFunc('unset', ['map', 'string'], (d: GoMap | null, k: string) => {
      if (d && hasKey(d, k)) delete d[k];
      return d;
    }),
  );
  t.set('hasKey', goFunc('hasKey', ['map', 'string'], (d: GoMap | null, k: string) => (d ? hasKey(d, k) : false)));
  t.set(
    'pluck',
    goFunc(
      'pluck',
      ['string'],
      (k: string, ...ds: (GoMap | null)[]) => ds.flatMap((d) => (d && hasKey(d, k) ? [d[k] ?? null] : [])),
      'map',
    ),
  );
  // Go ranges over a map in random order; sorted order is one of the orders helm can print.
  t.set('keys', goFunc('keys', [], (...ds: (GoMap | null)[]) => ds.flatMap((d) => (d ? sortedStrings(Object.keys(d)) : [])), 'map'));
  t.set('values', goFunc('values', ['map'], (d: GoMap | null) => (d ? sortedStrings(Object.keys(d)).map((k) => d[k] ?? null) : [])));
  t.set(
    'pick',
    goFunc(
      'pick',
      ['map'],
      (d: GoMap | null, ...ks: string[]) => {
        const m = newMap();
        for (const k of ks) if (d && hasKey(d, k)) mapSet(m, k, d[k] ?? null);
        return m;
      },
      'string',
    ),
  );
  t.set(
    'omit',
    goFunc(
      'omit',
      ['map'],
      (d: GoMap | null, ...ks: string[]) => {
        const m = newMap();
        const drop = new Set(ks);
        if (d) for (const k of Object.keys(d)) if (!drop.has(k)) mapSet(m, k, d[k] ?? null);
        return m;
      },
      'string',
    ),
  );
  for (const [name, ow] of [
    ['merge', false],
    ['mustMerge', false],
    ['mergeOverwrite', true],
    ['mustMergeOverwrite', true],
  ] as const) {
    t.set(name, goFunc(name, ['map'], merge(ow), 'map'));
  }
  t.set('deepCopy', goFunc('deepCopy', ['any'], (v: GoValue) => deepCopy(v)));
  t.set('mustDeepCopy', goFunc('mustDeepCopy', ['any'], (v: GoValue) => deepCopy(v)));
  t.set('dig', goFunc('dig', [], dig, 'any'));
}

