import { describe, expect, it } from 'vitest';
import { checkValuesTree, depthExceeds, MAX_ALIAS_EXPANSION, MAX_VALUES_DEPTH } from './limits';

/** A map nested `levels` deep: {a: {a: ... {}}}. */
function nested(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let cur = root;
  for (let i = 1; i < levels; i++) {
    const next: Record<string, unknown> = {};
    cur.a = next;
    cur = next;
  }
  return root;
}

describe('checkValuesTree', () => {
  it('passes an ordinary tree through unchanged (the same object)', () => {
    const tree = { a: { b: [1, { c: 'x' }] } };
    const checked = checkValuesTree(tree);
    expect(checked).toEqual({ ok: true, value: tree });
    expect(checked.ok && checked.value).toBe(tree);
  });

  it(`accepts ${MAX_VALUES_DEPTH} levels and refuses one more`, () => {
    expect(checkValuesTree(nested(MAX_VALUES_DEPTH)).ok).toBe(true);
    expect(checkValuesTree(nested(MAX_VALUES_DEPTH + 1))).toEqual({ ok: false, error: `it nests deeper than ${MAX_VALUES_DEPTH} levels` });
  });

  it('refuses a cycle', () => {
    const a: Record<string, unknown> = {};
    a.self = [a];
    expect(checkValuesTree(a)).toEqual({ ok: false, error: 'it refers to itself (a recursive alias)' });
  });

  it('refuses shared nodes that expand past the alias budget, quickly', () => {
    let level: unknown = ['lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol'];
    for (let i = 0; i < 9; i++) level = Array(9).fill(level); // 9^10 leaves when expanded
    const started = performance.now();
    const checked = checkValuesTree({ bomb: level });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(/^excessive aliasing/);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('counts depth through shared nodes', () => {
    const deep = nested(60);
    expect(checkValuesTree({ x: deep }).ok).toBe(true);
    expect(checkValuesTree({ x: deep, y: nested(45) }).ok).toBe(true);
    expect(checkValuesTree({ x: deep, y: { z: nested(45), w: nested(45) } }).ok).toBe(true);
    const inner = { d: deep };
    expect(checkValuesTree({ a: inner, b: { c: { e: nested(39) } }, f: { g: inner } }).ok).toBe(true);
    expect(checkValuesTree({ a: { b: { c: { d: { e: deep } } } }, z: deep }).ok).toBe(true);
    const chain = Array.from({ length: 42 }).reduce<unknown>((acc) => ({ next: acc, again: acc }), deep);
    expect(checkValuesTree(chain)).toEqual({ ok: false, error: `it nests deeper than ${MAX_VALUES_DEPTH} levels` });
  });

  it('gives a tree with shared nodes back as a copy where every alias has its own nodes', () => {
    const shared = { k: ['v'] };
    const checked = checkValuesTree({ a: shared, b: shared });
    expect(checked).toEqual({ ok: true, value: { a: { k: ['v'] }, b: { k: ['v'] } } });
    const value = checked.ok ? (checked.value as { a: object; b: object }) : undefined;
    expect(value?.a).not.toBe(value?.b);
  });

  it('keeps a __proto__ key as an own key of the copy', () => {
    const shared = JSON.parse('{"__proto__": {"polluted": 1}}') as object;
    const checked = checkValuesTree({ a: shared, b: shared });
    const value = (checked.ok ? checked.value : {}) as { a: Record<string, unknown> };
    expect(Object.hasOwn(value.a, '__proto__')).toBe(true);
    expect(value.a.polluted).toBeUndefined();
    expect(MAX_ALIAS_EXPANSION).toBeGreaterThan(1000);
  });
});

describe('depthExceeds', () => {
  it('stops at the cap', () => {
    expect(depthExceeds(nested(MAX_VALUES_DEPTH))).toBe(false);
    expect(depthExceeds(nested(MAX_VALUES_DEPTH + 1))).toBe(true);
    expect(depthExceeds(nested(100_000))).toBe(true);
    expect(depthExceeds('scalar')).toBe(false);
  });

  it('treats a cycle as too deep and a wide shared tree as cheap', () => {
    const a: Record<string, unknown> = {};
    a.a = a;
    expect(depthExceeds(a)).toBe(true);
    let level: unknown = [1];
    for (let i = 0; i < 40; i++) level = [level, level];
    const started = performance.now();
    expect(depthExceeds(level)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
