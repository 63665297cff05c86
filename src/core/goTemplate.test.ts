import { describe, it, expect } from 'vitest';
import {
  b64enc, goFloat, goString, indentText, nullIfEmpty, plain, quoted, rangeEntries, sprigInt, toJson, toYamlBlock, truthy, withYaml,
  withYamlMap, yamlInsert, yamlKeyOrder,
} from './goTemplate';

describe('truthy (Go template if/with)', () => {
  it('treats empty values as false', () => {
    for (const v of [null, undefined, false, 0, '', [], {}]) expect(truthy(v)).toBe(false);
    for (const v of [true, 1, 'x', [0], { a: null }, '0']) expect(truthy(v)).toBe(true);
  });
});

describe('printing values like helm', () => {
  it('prints numbers as Go prints float64', () => {
    expect(goFloat(8000)).toBe('8000');
    expect(goFloat(123456)).toBe('123456');
    expect(goFloat(1000000)).toBe('1e+06');
    expect(goFloat(1234567)).toBe('1.234567e+06');
    expect(goFloat(0.25)).toBe('0.25');
    expect(goFloat(1e-7)).toBe('1e-07');
  });
  it('prints missing values as nothing and maps Go-style', () => {
    expect(goString(undefined)).toBe('');
    expect(goString({ b: 1, a: 'x' })).toBe('map[a:x b:1]');
    expect(goString(['a', 2])).toBe('[a 2]');
  });
  it('reads unquoted prints back as YAML would', () => {
    expect(plain('30080')).toBe(30080);
    expect(plain('')).toBeNull();
    expect(plain(undefined)).toBeNull();
    expect(plain('true')).toBe(true);
    expect(plain('/*')).toBe('/*');
    expect(plain('25%')).toBe('25%');
  });
  it('quotes to strings, nil to null', () => {
    expect(quoted(5)).toBe('5');
    expect(quoted(true)).toBe('true');
    expect(quoted(null)).toBeNull();
  });
});

describe('map orders', () => {
  it('orders toYaml keys like go-yaml: non-letters first, numbers naturally', () => {
    const keys = ['a10', 'Ab', 'a9', '~x', '_u'].sort(yamlKeyOrder);
    expect(keys).toEqual(['_u', '~x', 'Ab', 'a9', 'a10']);
    expect(Object.keys(toYamlBlock({ z: 1, a: { y: 1, b: 2 } }))).toEqual(['a', 'z']);
  });
  it('ranges over maps in byte order', () => {
    expect(rangeEntries({ b: 1, B: 2, a: 3 }).map(([k]) => k)).toEqual(['B', 'a', 'b']);
  });
});

describe('toJson', () => {
  it('sorts keys, is compact and escapes HTML characters like Go', () => {
    expect(toJson({ b: 1, a: { d: [1, 'x'], c: true } })).toBe('{"a":{"c":true,"d":[1,"x"]},"b":1}');
    expect(toJson({ s: '<a&b>' })).toBe('{"s":"\\u003ca\\u0026b\\u003e"}');
    expect(toJson(undefined)).toBe('null');
  });
});

describe('sprigInt', () => {
  it('converts like sprig int', () => {
    expect(sprigInt(2)).toBe(2);
    expect(sprigInt(2.9)).toBe(2);
    expect(sprigInt('3')).toBe(3);
    expect(sprigInt('3.0')).toBe(3);
    expect(sprigInt('0x10')).toBe(16);
    expect(sprigInt('010')).toBe(8);
    expect(sprigInt('50%')).toBe(0);
    expect(sprigInt(true)).toBe(1);
    expect(sprigInt(null)).toBe(0);
    expect(sprigInt({})).toBe(0);
  });
});

describe('toYaml inserts', () => {
  it('writes null for a missing block under a key the template always prints, go-yaml key order otherwise', () => {
    expect(yamlInsert(undefined)).toBeNull();
    expect(yamlInsert(null)).toBeNull();
    expect(Object.keys(yamlInsert<object>({ b: 1, a: 2 }))).toEqual(['a', 'b']);
  });

  it('leaves out a `with` block whose value is empty', () => {
    expect(withYaml('affinity', {})).toEqual({});
    expect(withYaml('tolerations', [])).toEqual({});
    expect(withYaml('x', '')).toEqual({});
    expect(withYaml('tolerations', [{ key: 'a' }])).toEqual({ tolerations: [{ key: 'a' }] });
  });

  it('reads a list the template printed nothing into as null', () => {
    expect(nullIfEmpty([])).toBeNull();
    expect(nullIfEmpty([1])).toEqual([1]);
  });

  it('appends only maps to an open map', () => {
    expect(withYamlMap({ z: '1', a: '2' })).toEqual({ a: '2', z: '1' });
    expect(Object.keys(withYamlMap({ z: '1', a: '2' }))).toEqual(['a', 'z']);
    expect(withYamlMap(['a'])).toEqual({});
    expect(withYamlMap('text')).toEqual({});
    expect(withYamlMap(null)).toEqual({});
  });
});

describe('indentText (sprig indent)', () => {
  it('pads every line, empty ones included', () => {
    expect(indentText('a\n\nb', 2)).toBe('  a\n  \n  b');
    expect(indentText('', 4)).toBe('    ');
  });
});

describe('b64enc', () => {
  it('encodes like sprig b64enc for every padding length', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'abcd', 'my-secure-password', '€~?>']) {
      expect(b64enc(s)).toBe(Buffer.from(s, 'utf8').toString('base64'));
    }
  });
});
