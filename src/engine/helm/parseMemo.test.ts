import { describe, expect, it } from 'vitest';
import { Templates } from '../template';
import { sprigFunctions } from '../sprig';
import { hasKey, type GoMap, type GoValue } from '../value';
import { dataFunctions } from './dataFuncs';
import { copyParsed, memoizeParse } from './parseMemo';

describe('memoizeParse', () => {
  it('parses a text once and hands out independent copies', () => {
    let parses = 0;
    const parse = memoizeParse((text: string): GoValue => {
      parses++;
      return JSON.parse(text, function (this: unknown, _k, v: unknown) {
        return v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.assign(Object.create(null), v) : v;
      }) as GoValue;
    });
    const a = parse('{"m":{"k":1},"l":[1,2]}') as GoMap;
    (a.m as GoMap).k = 'changed';
    (a.l as GoValue[]).push(3);
    const b = parse('{"m":{"k":1},"l":[1,2]}') as GoMap;
    expect(parses).toBe(1);
    expect((b.m as GoMap).k).toBe(1);
    expect(b.l).toEqual([1, 2]);
    expect(b).not.toBe(a);
  });

  it('starts over when full', () => {
    let parses = 0;
    const parse = memoizeParse((t: string): GoValue => (parses++, t), { entries: 2, chars: 100 });
    for (const t of ['a', 'b', 'a', 'c', 'a']) parse(t);
    expect(parses).toBe(4); // a, b, (a hit), c clears, a again
  });

  it('copies a __proto__ key as an ordinary key', () => {
    const m = Object.create(null) as GoMap;
    Object.defineProperty(m, '__proto__', { value: 'x', enumerable: true, writable: true, configurable: true });
    const c = copyParsed(m);
    expect(Object.getPrototypeOf(c)).toBeNull();
    expect(hasKey(c, '__proto__')).toBe(true);
    expect(c['__proto__']).toBe('x');
  });
});

describe('fromYaml through the memo', () => {
  it('a template changing a parsed map does not change the next fromYaml of the same text', () => {
    const set = new Templates(new Map([...sprigFunctions(), ...dataFunctions()]));
    set.parse('t', '{{ $a := fromYaml "m: {k: v}" }}{{ $_ := set $a.m "k" "changed" }}{{ $a.m.k }} {{ (fromYaml "m: {k: v}").m.k }}');
    expect(set.execute('t', null)).toBe('changed v');
    expect(set.execute('t', null)).toBe('changed v');
  });
});
