// Sprig's list functions (list.go). Each plain function panics where its must* twin returns the
// error; in a template both end as "error calling NAME: MESSAGE", so one implementation serves both.
import type { GoValue } from '../value';
import { goFunc } from './args';
import type { FuncTable } from './args';
import { strval, toInt64 } from './cast';
import { deepEqual, isEmpty, kindOf, nilDeref } from './reflect';
import { strslice } from './strings';

/** The list inside `v`, or Sprig's error naming the operation and the value's kind. */
function asList(v: GoValue, what: string): GoValue[] {
  if (Array.isArray(v)) return v;
  if (v === null) throw nilDeref();
  throw new Error(`${what} on type ${kindOf(v)}`);
}

const inList = (hay: GoValue[], needle: GoValue) => hay.some((h) => deepEqual(needle, h));

function chunk(sizeB: bigint, v: GoValue): GoValue {
  const l = asList(v, 'Cannot chunk type').slice();
  const size = Number(sizeB);
  if (l.length === 0) return [];
  if (size <= 0) throw new Error('runtime error: makeslice: len out of range');
  const out: GoValue[] = [];
  for (let i = 0; i < l.length; i += size) out.push(l.slice(i, i + size));
  return out;
}

function slice(v: GoValue, ...idx: GoValue[]): GoValue {
  if (v === null) throw nilDeref();
  if (!Array.isArray(v)) throw new Error(`list should be type of slice or array but ${kindOf(v)}`);
  if (v.length === 0) return null;
  const start = idx.length > 0 ? Number(toInt64(idx[0])) : 0;
  const end = idx.length < 2 ? v.length : Number(toInt64(idx[1]));
  if (start < 0 || end < start || end > v.length) throw new Error('reflect.Value.Slice: slice index out of bounds');
  return v.slice(start, end);
}

function concat(...lists: GoValue[]): GoValue {
  const out: GoValue[] = [];
  for (const l of lists) {
    if (l === null) throw nilDeref();
    if (!Array.isArray(l)) throw new Error(`Cannot concat type ${kindOf(l)} as list`);
    out.push(...l);
  }
  return out;
}

function sortAlpha(v: GoValue): GoValue {
  if (!Array.isArray(v)) return [strval(v)];
  return strslice(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function registerLists(t: FuncTable): void {
  t.set('list', goFunc('list', [], (...xs: GoValue[]) => xs, 'any'));
  t.set('tuple', goFunc('tuple', [], (...xs: GoValue[]) => xs, 'any'));
  const both = (name: string, params: Parameters<typeof goFunc>[1], f: (...a: never[]) => GoValue, variadic?: 'any') => {
    const mustName = 'must' + name[0].toUpperCase() + name.slice(1);
    t.set(name, goFunc(name, params, f as (...a: GoValue[]) => GoValue, variadic));
    t.set(mustName, goFunc(mustName, params, f as (...a: GoValue[]) => GoValue, variadic));
  };
  const push = (l: GoValue, v: GoValue) => [...asList(l, 'Cannot push'), v];
  both('append', ['any', 'any'], push);
  both('push', ['any', 'any'], push);
  both('prepend', ['any', 'any'], (l: GoValue, v: GoValue) => [v, ...asList(l, 'Cannot prepend')]);
  both('first', ['any'], (l: GoValue) => asList(l, 'Cannot find first')[0] ?? null);
  both('last', ['any'], (l: GoValue) => {
    const a = asList(l, 'Cannot find last');
    return a.length ? a[a.length - 1] : null;
  });
  both('rest', ['any'], (l: GoValue) => asList(l, 'Cannot find rest').slice(1));
  both('initial', ['any'], (l: GoValue) => asList(l, 'Cannot find initial').slice(0, -1));
  both('reverse', ['any'], (l: GoValue) => asList(l, 'Cannot find reverse').slice().reverse());
  both('compact', ['any'], (l: GoValue) => asList(l, 'Cannot compact').filter((x) => !isEmpty(x)));
  both('uniq', ['any'], (l: GoValue) => {
    const out: GoValue[] = [];
    for (const x of asList(l, 'Cannot find uniq')) if (!inList(out, x)) out.push(x);
    return out;
  });
  both('without', ['any'], (l: GoValue, ...omit: GoValue[]) => asList(l, 'Cannot find without').filter((x) => !inList(omit, x)), 'any');
  both('has', ['any', 'any'], (needle: GoValue, hay: GoValue) => (hay === null ? false : inList(asList(hay, 'Cannot find has'), needle)));
  both('slice', ['any'], slice, 'any');
  both('chunk', ['int', 'any'], chunk);
  t.set('concat', goFunc('concat', [], concat, 'any'));
  t.set('sortAlpha', goFunc('sortAlpha', ['any'], sortAlpha));
}
