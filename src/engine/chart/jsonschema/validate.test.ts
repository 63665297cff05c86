import { describe, expect, it } from 'vitest';
import type { GoMap, GoValue } from '../../value';
import { mapSet, newMap } from '../../value';
import { compareDecimal, isMultipleOf, parseDecimal } from './decimal';
import { validateWithSchema } from './index';
import { parseSchemaJson } from './json';
import { compileGoRegexp, MAX_PATTERN } from './regexp';

const enc = new TextEncoder();
const check = (schema: unknown, values: GoMap): string => validateWithSchema(values, enc.encode(JSON.stringify(schema)));

function map(entries: Record<string, GoValue>): GoMap {
  const m = newMap();
  for (const [k, v] of Object.entries(entries)) mapSet(m, k, v);
  return m;
}

describe('numbers', () => {
  it('compares decimals exactly, as big.Rat does', () => {
    const d = (s: string) => parseDecimal(s)!;
    expect(compareDecimal(d('0.1'), d('1e-1'))).toBe(0);
    expect(compareDecimal(d('-2'), d('1'))).toBe(-1);
    expect(compareDecimal(d('1e400'), d('9e399'))).toBe(1);
    expect(isMultipleOf(d('0.35'), d('0.1'))).toBe(false);
    expect(isMultipleOf(d('0.3'), d('0.1'))).toBe(true);
    expect(parseDecimal('1.')).not.toBeNull();
    expect(parseDecimal('x')).toBeNull();
  });

  it('prints --set integers (int64) as helm does: through float64, grouped', () => {
    // helm template --set port=0 / --set big=12345678901234 / --set n=2000
    expect(check({ properties: { port: { minimum: 1 } } }, map({ port: 0n }))).toBe("- at '/port': minimum: got 0, want 1\n");
    expect(check({ properties: { big: { maximum: 10 } } }, map({ big: 12345678901234n }))).toBe("- at '/big': maximum: got 1.2345678901234×10¹³, want 10\n");
    expect(check({ properties: { n: { type: 'integer', maximum: 1000 } } }, map({ n: 2000n }))).toBe("- at '/n': maximum: got 2,000, want 1,000\n");
    expect(check({ properties: { n: { type: 'integer' } } }, map({ n: 2 }))).toBe('');
  });
});

describe('order and hostile input', () => {
  it('lists sibling findings in Go key order (helm: random)', () => {
    const schema = { properties: { b: { type: 'string' }, a: { type: 'string' } }, additionalProperties: false };
    expect(check(schema, map({ b: 1, a: 1, z: 1, y: 1 }))).toBe(
      "- at '/a': got number, want string\n- at '/b': got number, want string\n- at '': additional properties 'y', 'z' not allowed\n",
    );
  });

  it('treats __proto__ and constructor as ordinary names', () => {
    const schema = { properties: { ['__proto__']: { type: 'string' }, constructor: { type: 'string' } }, required: ['toString'] };
    const text = JSON.stringify(schema).replace('"__proto__"', '"__proto__"');
    expect(validateWithSchema(map({ ['__proto__']: 1, constructor: 2 }), enc.encode(text))).toBe(
      "- at '': missing property 'toString'\n- at '/__proto__': got number, want string\n- at '/constructor': got number, want string\n",
    );
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });

  it('stops a reference loop with the Go validator words', () => {
    expect(check({ $ref: '#' }, map({ a: 1 }))).toBe(`- at '': both /$ref and  resolve to "file:///values.schema.json#" causing reference cycle\n`);
  });

  it('gives up on an exponential schema instead of hanging', () => {
    const defs: Record<string, unknown> = { d40: { type: 'string' } };
    for (let i = 0; i < 40; i++) defs[`d${i}`] = { anyOf: [{ $ref: `#/$defs/d${i + 1}` }, { $ref: `#/$defs/d${i + 1}` }] };
    // The step budget ends it (the message says so); the generous timeout only keeps a loaded CI
    // machine from failing a check that takes a few seconds when the machine is busy.
    const out = check({ $defs: defs, properties: { a: { $ref: '#/$defs/d0' } } }, map({ a: 1 }));
    expect(out).toMatch(/^unable to validate schema: validation takes more than \d+ steps$/);
  }, 60_000);

  it('refuses JSON nested deeper than the cap', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(() => parseSchemaJson(enc.encode(deep))).toThrow('exceeded max depth');
  });

  it('caches nothing across different schema bytes', () => {
    expect(check({ type: 'object', required: ['x'] }, map({}))).toBe("- at '': missing property 'x'\n");
    expect(check({ type: 'object' }, map({}))).toBe('');
  });
});

describe('Go regular expressions in schemas', () => {
  it("wraps Go's regexp (../../go/regexp.ts) as a Pattern, refusing oversized patterns", () => {
    const p = compileGoRegexp('^a.c$');
    expect([p.source, p.test('a\rc'), p.test('xa\rcx')]).toEqual(['^a.c$', true, false]);
    expect(compileGoRegexp('b').test('abc')).toBe(true); // unanchored, as MatchString
    expect(() => compileGoRegexp('a'.repeat(MAX_PATTERN + 1))).toThrow('error parsing regexp: expression too large');
    expect(() => compileGoRegexp('(')).toThrow('error parsing regexp: missing closing ): `(`');
  });
});
