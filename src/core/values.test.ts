import { describe, it, expect } from 'vitest';
import Type from 'typebox';
import {
  deepEqual, defaultsFromSchema, deleteAt, diffValues, getAt, mergeValues, orderLike, setAt,
} from './values';

describe('defaultsFromSchema', () => {
  const schema = Type.Object({
    replicaCount: Type.Integer({ default: 1 }),
    image: Type.Object({
      repository: Type.String({ default: 'centrifugo/centrifugo' }),
      tag: Type.Optional(Type.String()),
    }),
    resources: Type.Object({ limits: Type.Optional(Type.Object({ cpu: Type.Optional(Type.String()) })) }),
    config: Type.Object({ name: Type.String({ default: 'unused' }) }, { default: {} }),
    tolerations: Type.Array(Type.Unknown(), { default: [] }),
  });

  it('collects defaults and builds parents from their children', () => {
    expect(defaultsFromSchema(schema)).toEqual({
      replicaCount: 1,
      image: { repository: 'centrifugo/centrifugo' },
      config: {},
      tolerations: [],
    });
  });

  it('leaves out objects with nothing defaulted beneath them', () => {
    expect(defaultsFromSchema(schema)).not.toHaveProperty('resources');
  });

  it('returns fresh copies of defaults', () => {
    const a = defaultsFromSchema(schema);
    (a.tolerations as unknown[]).push('x');
    expect(defaultsFromSchema(schema).tolerations).toEqual([]);
  });
});

describe('mergeValues (helm coalesce)', () => {
  const base = { image: { repository: 'r', tag: '1' }, args: ['a', 'b'], env: { A: '1' }, n: 1 };

  it('merges maps deeply', () => {
    expect(mergeValues(base, { image: { tag: '2' } }).image).toEqual({ repository: 'r', tag: '2' });
  });
  it('replaces lists whole', () => {
    expect(mergeValues(base, { args: ['c'] }).args).toEqual(['c']);
  });
  it('replaces a map by a scalar and a scalar by a map', () => {
    const merged = mergeValues(base, { env: 'none', n: { x: 1 } });
    expect(merged.env).toBe('none');
    expect(merged.n).toEqual({ x: 1 });
  });
  it('deletes keys set to null, at any depth', () => {
    const merged = mergeValues(base, { n: null, image: { tag: null } });
    expect(merged).not.toHaveProperty('n');
    expect(merged.image).toEqual({ repository: 'r' });
  });
  it('keeps nulls for keys the base lacks, as helm does (checked with helm template)', () => {
    expect(mergeValues({}, { a: { b: null, c: 1 } })).toEqual({ a: { b: null, c: 1 } });
    expect(mergeValues({ a: { c: 0 } }, { a: { b: null, c: null } })).toEqual({ a: { b: null } });
  });
  it('keeps nulls inside lists', () => {
    expect(mergeValues({}, { a: [null, 'x'] })).toEqual({ a: [null, 'x'] });
  });
  it('never mutates its inputs', () => {
    const b = structuredClone(base);
    const o = { image: { tag: '9' }, args: ['z'] };
    const merged = mergeValues(b, o);
    (merged.args as string[]).push('more');
    expect(b).toEqual(base);
    expect(o).toEqual({ image: { tag: '9' }, args: ['z'] });
  });
  it('keeps a key named __proto__ as plain data', () => {
    const merged = mergeValues({}, JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['__proto__']);
  });
});

describe('getAt / setAt / deleteAt', () => {
  const v = { a: { b: [{ c: 1 }, { c: 2 }] }, 'x.y': 3 };

  it('reads by dotted path and by segments', () => {
    expect(getAt(v, 'a.b[1].c')).toBe(2);
    expect(getAt(v, ['x.y'])).toBe(3);
    expect(getAt(v, 'x\\.y')).toBe(3);
    expect(getAt(v, 'a.b[5].c')).toBeUndefined();
    expect(getAt(v, 'a.b.c')).toBeUndefined();
  });

  it('sets without touching the original', () => {
    const next = setAt(v, 'a.b[0].c', 9);
    expect(getAt(next, 'a.b[0].c')).toBe(9);
    expect(getAt(v, 'a.b[0].c')).toBe(1);
    expect(next.a).not.toBe(v.a);
  });

  it('creates maps and null-padded lists on the way', () => {
    expect(setAt({}, 'servers[2].port', 80)).toEqual({ servers: [null, null, { port: 80 }] });
    expect(setAt({}, 'a.b.c', true)).toEqual({ a: { b: { c: true } } });
  });

  it('deletes and prunes maps left empty', () => {
    const next = deleteAt({ a: { b: { c: 1 } }, d: 1 }, 'a.b.c');
    expect(next).toEqual({ d: 1 });
  });

  it('removes list items by index', () => {
    expect(deleteAt({ l: ['a', 'b', 'c'] }, 'l[1]')).toEqual({ l: ['a', 'c'] });
  });

  it('ignores paths that do not exist', () => {
    const src = { a: 1 };
    expect(deleteAt(src, 'b.c')).toEqual({ a: 1 });
  });
});

describe('diffValues', () => {
  const defaults = { image: { repository: 'r', tag: '1' }, args: ['a'], replicas: 1, env: {} };

  it('is empty when nothing changed', () => {
    expect(diffValues(defaults, structuredClone(defaults))).toEqual({});
  });
  it('keeps only changed leaves of maps', () => {
    const values = { ...structuredClone(defaults), image: { repository: 'r', tag: '2' } };
    expect(diffValues(defaults, values)).toEqual({ image: { tag: '2' } });
  });
  it('compares lists whole', () => {
    const values = { ...structuredClone(defaults), args: ['a', 'b'] };
    expect(diffValues(defaults, values)).toEqual({ args: ['a', 'b'] });
  });
  it('marks removed default keys with null', () => {
    const values = { image: { repository: 'r' }, args: ['a'], env: {} };
    expect(diffValues(defaults, values)).toEqual({ image: { tag: null }, replicas: null });
  });
  it.each([
    ['new keys', { ...defaults, extra: { deep: [1] } }],
    ['a scalar becoming a map', { ...defaults, replicas: { auto: true } }],
    ['a map becoming a list', { ...defaults, env: [{ name: 'A' }] }],
    ['removed keys', { args: [] }],
  ])('round-trips through mergeValues with %s', (_name, values) => {
    const diff = diffValues(defaults, values as Record<string, unknown>);
    expect(deepEqual(mergeValues(defaults, diff), values)).toBe(true);
  });
});

describe('orderLike', () => {
  it('puts keys in the reference order, unknown keys after', () => {
    const ordered = orderLike({ z: 1, b: { y: 1, x: 2 }, a: 1 }, { a: 0, b: { x: 0, y: 0 }, c: 0 });
    expect(Object.keys(ordered)).toEqual(['a', 'b', 'z']);
    expect(Object.keys(ordered.b as object)).toEqual(['x', 'y']);
  });
});

describe('deepEqual', () => {
  it('compares structure, not identity', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual(1, '1')).toBe(false);
  });
});
