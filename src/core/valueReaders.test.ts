import { describe, expect, it } from 'vitest';
import {
  asBool, asHelmText, asList, asMap, asNumber, asNumeric, asPrinted, asString, asStringOrNumber, asText, readerOf,
} from './valueReaders';

const SAMPLES: unknown[] = ['', 'a', '3', 0, 7, 2.5, 1e6, NaN, Infinity, true, false, null, undefined, [], ['x'], {}, { a: 1 }];

describe('value readers', () => {
  it('read text with the types each one names', () => {
    const row = (v: unknown) => [asString(v), asText(v), asStringOrNumber(v), asPrinted(v), asHelmText(v)];
    expect(row('a')).toEqual(['a', 'a', 'a', 'a', 'a']);
    expect(row('')).toEqual(['', '', '', '', '']);
    expect(row(7)).toEqual([undefined, '7', '7', '7', '7']);
    // helm prints float64: a million in exponent form; JavaScript does not.
    expect(row(1e6)).toEqual([undefined, '1000000', '1000000', '1000000', '1e+06']);
    expect(row(0)).toEqual([undefined, '0', '0', '0', '']);
    expect(row(true)).toEqual([undefined, 'true', '', 'true', 'true']);
    expect(row(false)).toEqual([undefined, 'false', '', 'false', '']);
    expect(row(null)).toEqual([undefined, undefined, '', '', '']);
    expect(row(['x'])).toEqual([undefined, undefined, '', 'x', '[x]']);
    expect(row({ a: 1 })).toEqual([undefined, undefined, '', '[object Object]', 'map[a:1]']);
  });

  it('read numbers: finite only, numeric text only where asked', () => {
    expect([7, 2.5, NaN, Infinity, '3', ' -1.5 ', '3x', '', true].map(asNumber)).toEqual([7, 2.5, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect([7, 2.5, NaN, Infinity, '3', ' -1.5 ', '3x', '', true].map(asNumeric)).toEqual([7, 2.5, undefined, undefined, 3, -1.5, undefined, undefined, undefined]);
  });

  it('read truth as Go templates do, and lists and maps as empty for any other type', () => {
    expect([0, '', [], {}, null, false, '0', [0], { a: 0 }].map(asBool)).toEqual([false, false, false, false, false, false, true, true, true]);
    const list = ['x'];
    const map = { a: 1 };
    expect(asList(list)).toBe(list);
    expect(asMap(map)).toBe(map);
    for (const v of SAMPLES.filter((x) => !Array.isArray(x))) expect(asList(v)).toEqual([]);
    for (const v of [...SAMPLES.filter((x) => typeof x !== 'object' || x === null), [], ['x']]) expect(asMap(v)).toEqual({});
  });

  it('read at a path of any tree without throwing', () => {
    const read = readerOf({ a: { b: [{ c: '3' }], on: 1, name: 'x', n: 2 }, 'dotted.key': true });
    expect(read.at('a.b[0].c')).toBe('3');
    expect(read.numeric('a.b[0].c')).toBe(3);
    expect(read.number('a.b[0].c')).toBeUndefined();
    expect(read.string('a.name')).toBe('x');
    expect(read.text('a.n')).toBe('2');
    expect(read.bool('a.on')).toBe(true);
    expect(read.bool('dotted\\.key')).toBe(true);
    expect(read.list('a.b')).toHaveLength(1);
    expect(read.map('a')).toHaveProperty('name', 'x');
    for (const tree of SAMPLES) {
      const r = readerOf(tree);
      expect(() => [r.at('a.b[3].c'), r.string('a'), r.text('a'), r.number('a'), r.numeric('a'), r.bool('a'), r.list('a'), r.map('a')]).not.toThrow();
      expect(r.list('x.y')).toEqual([]);
      expect(r.map('x.y')).toEqual({});
    }
  });

  it('never read through a prototype', () => {
    const read = readerOf(JSON.parse('{"__proto__": {"polluted": "yes"}}'));
    expect(read.string('__proto__.polluted')).toBe('yes');
    expect(readerOf({}).at('constructor')).toBeUndefined();
    expect(readerOf({}).map('__proto__')).toEqual({});
  });
});
