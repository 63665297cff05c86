import { describe, it, expect } from 'vitest';
import { MAX_SET_LIST_SLOTS, MAX_VALUES_DEPTH } from './limits';
import { SetListBudget, SetParseError, applySetExpressions, parseSetExpression } from './setParser';

// The examples of helm's "The Format and Limitations of --set", with the results helm v4 gives.
describe('helm documentation examples', () => {
  it('name=value', () => {
    expect(parseSetExpression('name=value')).toEqual({ name: 'value' });
  });
  it('a=b,c=d', () => {
    expect(parseSetExpression('a=b,c=d')).toEqual({ a: 'b', c: 'd' });
  });
  it('outer.inner=value', () => {
    expect(parseSetExpression('outer.inner=value')).toEqual({ outer: { inner: 'value' } });
  });
  it('name={a, b, c} keeps the spaces after the commas, as helm does', () => {
    expect(parseSetExpression('name={a, b, c}')).toEqual({ name: ['a', ' b', ' c'] });
  });
  it('name=[] is the literal string "[]" in helm v4, not an empty list', () => {
    expect(parseSetExpression('name=[]')).toEqual({ name: '[]' });
  });
  it('servers[0].port=80', () => {
    expect(parseSetExpression('servers[0].port=80')).toEqual({ servers: [{ port: 80 }] });
  });
  it('servers[0].port=80,servers[0].host=example', () => {
    expect(parseSetExpression('servers[0].port=80,servers[0].host=example')).toEqual({
      servers: [{ port: 80, host: 'example' }],
    });
  });
  it('name=value1\\,value2', () => {
    expect(parseSetExpression('name=value1\\,value2')).toEqual({ name: 'value1,value2' });
  });
  it('nodeSelector."kubernetes\\.io/role"=master (quotes removed by the shell)', () => {
    expect(parseSetExpression('nodeSelector.kubernetes\\.io/role=master')).toEqual({
      nodeSelector: { 'kubernetes.io/role': 'master' },
    });
  });
});

describe('lists', () => {
  it('pads a list with nulls up to the index', () => {
    expect(parseSetExpression('a[1]=x')).toEqual({ a: [null, 'x'] });
  });
  it('extends a {list} set earlier in the same expression', () => {
    expect(parseSetExpression('l={x,y},l[3]=z')).toEqual({ l: ['x', 'y', null, 'z'] });
  });
  it('reads nested indexes', () => {
    expect(parseSetExpression('a[0][1]=q')).toEqual({ a: [[null, 'q']] });
  });
  it('{} is a list holding one empty string', () => {
    expect(parseSetExpression('l={}')).toEqual({ l: [''] });
  });
});

describe('type inference', () => {
  it('turns int64 numbers, booleans and null into typed values', () => {
    expect(parseSetExpression('a=42,b=-5,c=+5,d=0,e=TRUE,f=false,g=Null')).toEqual({
      a: 42, b: -5, c: 5, d: 0, e: true, f: false, g: null,
    });
  });
  it('keeps floats, leading zeros and huge numbers as strings', () => {
    expect(parseSetExpression('p=1.5,n=007,big=99999999999999999999')).toEqual({
      p: '1.5', n: '007', big: '99999999999999999999',
    });
  });
  it('gives an empty string for a=', () => {
    expect(parseSetExpression('a=')).toEqual({ a: '' });
  });
  it('keeps everything a string with --set-string', () => {
    expect(parseSetExpression('n=1,b=true,z=null,l={1,2}', { forceString: true })).toEqual({
      n: '1', b: 'true', z: 'null', l: ['1', '2'],
    });
  });
  it('keeps "=" inside a value and backslash escapes', () => {
    expect(parseSetExpression('k=v=w,e\\=q=1,s=a\\\\b')).toEqual({ k: 'v=w', 'e=q': 1, s: 'a\\b' });
  });
});

describe('errors', () => {
  it.each([
    ['foo', 'key "foo" has no value'],
    ['a=1,b', 'key "b" has no value'],
    [',a=1', 'cannot end with ,'],
    ['a.=b', 'key map "a" has no value'],
    ['a[x]=1', 'not a number'],
    ['a[-1]=1', 'negative'],
    ['a[70000]=1', 'maximum'],
    ['a[0]b=1', 'unexpected "b"'],
    ['a={x,y', 'must end with }'],
    ['a=1,,b=2', 'cannot end with ,'],
  ])('%s fails with a message naming the problem', (expr, detail) => {
    expect(() => parseSetExpression(expr)).toThrow(SetParseError);
    expect(() => parseSetExpression(expr)).toThrow(detail);
    expect(() => parseSetExpression(expr)).toThrow(`"${expr}"`);
  });
});

describe('applySetExpressions', () => {
  it('parses into existing values: list items are edited, not replaced', () => {
    const base = { servers: [{ port: 80, host: 'a' }], keep: 1 };
    const next = applySetExpressions(base, [{ expr: 'servers[0].port=8080' }, { expr: 'extra=x', forceString: true }]);
    expect(next).toEqual({ servers: [{ port: 8080, host: 'a' }], keep: 1, extra: 'x' });
    expect(base.servers[0].port).toBe(80);
  });
  it('later expressions win', () => {
    expect(applySetExpressions({}, [{ expr: 'a.b=1' }, { expr: 'a=2' }])).toEqual({ a: 2 });
  });
  it('keeps null so the merge with defaults deletes the key', () => {
    expect(applySetExpressions({ a: 1 }, [{ expr: 'a=null' }])).toEqual({ a: null });
  });
});

describe('caps on what --set entries may build', () => {
  it('refuses an index above helm largest, 65536, with helm reason', () => {
    expect(() => parseSetExpression('a[65537]=x')).toThrow('list index 65537 is above the maximum of 65536');
  });

  it('refuses list indexes that together ask for more slots than the budget, fast', () => {
    const exprs = Array.from({ length: 300 }, (_, i) => ({ expr: `a${i}[65536]=x` }));
    const started = performance.now();
    expect(() => applySetExpressions({}, exprs)).toThrow(`cannot parse --set "a0[65536]=x": the list indexes of all --set entries together ask for more than ${MAX_SET_LIST_SLOTS} list items`);
    expect(performance.now() - started).toBeLessThan(200);
    expect((applySetExpressions({}, [{ expr: `a[${MAX_SET_LIST_SLOTS - 1}]=x` }]).a as unknown[]).length).toBe(MAX_SET_LIST_SLOTS);
  });

  it('shares one budget between calls (the releases of a helmfile)', () => {
    const budget = new SetListBudget();
    applySetExpressions({}, [{ expr: 'a[10000]=x' }], budget);
    expect(() => applySetExpressions({}, [{ expr: 'b[10000]=x' }], budget)).toThrow(/together ask for more/);
    // Writing again into a list that is already long enough costs nothing.
    const long = applySetExpressions({}, [{ expr: 'a[10000]=x' }]);
    expect(() => applySetExpressions(long, [{ expr: 'a[10000]=y' }, { expr: 'a[100]=z' }], new SetListBudget(10))).not.toThrow();
  });

  it(`refuses keys nested deeper than ${MAX_VALUES_DEPTH} levels`, () => {
    expect(() => parseSetExpression(`${'a.'.repeat(MAX_VALUES_DEPTH)}b=1`)).toThrow(`it nests deeper than ${MAX_VALUES_DEPTH} levels`);
    expect(() => parseSetExpression(`a${'[0]'.repeat(MAX_VALUES_DEPTH)}=1`)).toThrow(/nests deeper/);
    expect(() => parseSetExpression(`${'a.'.repeat(MAX_VALUES_DEPTH - 2)}b=1`)).not.toThrow();
  });
});
