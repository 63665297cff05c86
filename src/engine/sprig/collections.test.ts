import { describe, expect, it } from 'vitest';
import { newMap, mapSet } from '../value';
import type { GoMap, GoValue } from '../value';
import { call, show } from './testkit';

function dict(...kv: GoValue[]): GoMap {
  return call('dict', ...kv) as GoMap;
}

// Expected values below were printed by helm v4.1.4 for the same calls.
describe('Sprig list functions', () => {
  it('first, rest, last, initial, chunk work on lists and return nil for an empty one', () => {
    expect(call('first', [])).toBeNull();
    expect(show('rest', [])).toBe('[]');
    expect(show('last', [1n, 2n])).toBe('2');
    expect(show('initial', [1n, 2n, 3n])).toBe('[1 2]');
    expect(show('chunk', 2n, [1n, 2n, 3n, 4n, 5n])).toBe('[[1 2] [3 4] [5]]');
    expect(show('chunk', 2n, [])).toBe('[]');
  });

  it('fails as Sprig does on non-lists and nil', () => {
    expect(() => call('first', null)).toThrow('runtime error: invalid memory address or nil pointer dereference');
    expect(() => call('first', 3n)).toThrow('Cannot find first on type int64');
    expect(() => call('append', 'x', 1n)).toThrow('Cannot push on type string');
    expect(() => call('concat', [1n], 2n)).toThrow('Cannot concat type int64 as list');
    expect(() => call('concat', [1n], null)).toThrow('runtime error: invalid memory address or nil pointer dereference');
    expect(() => call('has', 1n, 'abc')).toThrow('Cannot find has on type string');
    expect(() => call('slice', 'abc', 1n)).toThrow('list should be type of slice or array but string');
    expect(() => call('slice', [1n, 2n, 3n], 2n, 1n)).toThrow('reflect.Value.Slice: slice index out of bounds');
    expect(() => call('chunk', 0n, [1n])).toThrow('runtime error: makeslice: len out of range');
  });

  it('slice takes int-like indices and gives nil for an empty list', () => {
    expect(show('slice', [1n, 2n, 3n], 1n)).toBe('[2 3]');
    expect(show('slice', [1n, 2n, 3n], 1n, 2n)).toBe('[2]');
    expect(call('slice', [], 1n)).toBeNull();
    expect(show('slice', [1n, 2n], '1')).toBe('[2]');
  });

  it('has, uniq and without compare with reflect.DeepEqual (1 and 1.0 differ)', () => {
    expect(call('has', 1n, null)).toBe(false);
    expect(call('has', 1n, [1n])).toBe(true);
    expect(call('has', 1.0, [1n])).toBe(false);
    expect(show('uniq', [1n, 1n, '1', [1n], [1n]])).toBe('[1 1 [1]]');
    expect(show('without', [1n, 2n, 3n, 1n], 1n, 3n)).toBe('[2]');
  });

  it('sortAlpha, compact, reverse, prepend, concat', () => {
    expect(show('sortAlpha', ['b', 'a', 3n, null])).toBe('[3 a b]');
    expect(show('sortAlpha', 'x')).toBe('[x]');
    expect(show('sortAlpha', null)).toBe('[<nil>]');
    expect(show('compact', [0n, '', null, 'a', [], newMap(), false, 1.0])).toBe('[a 1]');
    expect(show('reverse', [1n, 2n, 3n])).toBe('[3 2 1]');
    expect(show('prepend', [1n], 0n)).toBe('[0 1]');
    expect(show('concat')).toBe('[]');
  });

  it('append does not change the list it is given', () => {
    const l: GoValue[] = [1n];
    expect(show('append', l, 2n)).toBe('[1 2]');
    expect(l).toEqual([1n]);
  });
});

describe('Sprig dict functions', () => {
  it('dig walks maps and fails on a non-map step as a Go type assertion does', () => {
    const d = dict('a', dict('b', 1n));
    expect(show('dig', 'a', 'b', 'def', d)).toBe('1');
    expect(show('dig', 'a', 'x', 'def', d)).toBe('def');
    expect(show('dig', 'z', 'x', 'def', dict('a', 1n))).toBe('def');
    expect(() => call('dig', 'a', 'b', 'def', dict('a', 1n))).toThrow('interface conversion: interface {} is int64, not map[string]interface {}');
    expect(() => call('dig', 'a', 'b', 'def', dict('a', null))).toThrow('interface conversion: interface {} is nil, not map[string]interface {}');
    expect(() => call('dig', 'a', 'def')).toThrow('dig needs at least three arguments');
  });

  it('get, hasKey, pluck, pick, omit, keys, dict', () => {
    expect(call('get', dict('a', 1n), 'b')).toBe('');
    expect(call('hasKey', null, 'a')).toBe(false);
    expect(call('get', null, 'a')).toBe('');
    expect(show('pluck', 'a', dict('a', 1n), dict('b', 2n), dict('a', 3n))).toBe('[1 3]');
    expect(show('pick', dict('a', 1n, 'b', 2n), 'a', 'c')).toBe('map[a:1]');
    expect(show('omit', dict('a', 1n, 'b', 2n), 'a')).toBe('map[b:2]');
    expect(show('keys', dict('b', 1n, 'a', 2n))).toBe('[a b]');
    expect(show('dict', 'a')).toBe('map[a:]');
    expect(show('dict', 1n, 2n, null, 3n)).toBe('map[1:2 <nil>:3]');
    expect(() => call('set', null, 'a', 1n)).toThrow('assignment to entry in nil map');
  });

  it('keeps hostile keys inert', () => {
    const d = dict('__proto__', 1n, 'constructor', 2n);
    expect(call('hasKey', d, '__proto__')).toBe(true);
    expect(call('get', d, 'constructor')).toBe(2n);
    expect(call('hasKey', dict(), 'toString')).toBe(false);
    expect(Object.getPrototypeOf(call('merge', dict(), d))).toBeNull();
  });

  it('merge fills only missing or empty values, deeply, in place', () => {
    const d = dict('a', dict('x', 1n, 'e', '', 'z', false, 'l', []));
    const s = dict('a', dict('x', 2n, 'e', 'E', 'z', true, 'n', null, 'l', [1n], 'new', 1n), 'b', null, 'c', [1n]);
    expect(show('merge', d, s)).toBe('map[a:map[e:E l:[1] new:1 x:1 z:true] c:[1]]');
    expect(show('mustMerge', null, dict('a', 1n))).toBe('map[a:1]');
  });

  it('mergeOverwrite lets src win, nil included', () => {
    const d = dict('a', dict('x', 1n, 'e', '', 'z', false), 'k', 'v', 'm', 'str');
    const s = dict('a', dict('x', 2n, 'e', 'E', 'n', null), 'b', null, 'c', [1n], 'k', null, 'm', dict('q', 1n));
    expect(show('mergeOverwrite', d, s)).toBe('map[a:map[e:E n:<nil> x:2 z:false] b:<nil> c:[1] k:<nil> m:map[q:1]]');
  });

  it('merge stores src maps by reference, as Go maps are', () => {
    const a = dict('x', 1n);
    const d = dict();
    call('merge', d, dict('n', a));
    call('set', d.n, 'y', 2n);
    expect(show('toString', a)).toBe('map[x:1 y:2]');
  });

  it('deepCopy copies nested maps and lists', () => {
    const inner = dict('x', [1n]);
    const copy = call('deepCopy', dict('a', inner)) as GoMap;
    mapSet(copy.a as GoMap, 'x', 'changed');
    expect(show('toString', inner)).toBe('map[x:[1]]');
  });
});
