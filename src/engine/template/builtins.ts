// text/template's builtin functions (funcs.go): and, or, not, len, index, slice, eq, ne, lt, le,
// gt, ge, print, printf, println, html, js, urlquery, call. Most take Go reflect.Values, so they see
// what a plain function cannot: whether a nil came out of a map (an interface holding nil) or is no
// value at all, and whether an integer is a template constant (Go `int`) or an int64.
import type { GoParamType, GoValue } from '../value';
import { GoObject, goTypeName, isGoMap, mapGet, mapLikeOf } from '../value';
import { formatValue, sprint, sprintf, sprintln } from '../go/fmt';
import { isPrint } from '../go/strconv';
import { isTrue, listOf } from './truth';

/** Value flags the executor tracks beside a value. */
export const IFACE = 1; // came out of a map or list: a nil here is an interface holding nil
export const INT = 2; // an integer of Go type int (constants, len, range indexes), not int64

/** A parameter type: Go's, or 'value' for reflect.Value (anything, nil included, taken as is). */
export type ParamKind = GoParamType | 'value';

export interface Builtin {
  readonly params: readonly ParamKind[];
  readonly variadic?: ParamKind;
  /** Arguments with their flags; `callee` is the text of the first argument (for `call`). */
  readonly impl?: (vals: GoValue[], flags: number[], callee: string) => GoValue;
}

/** Go's type name of a value as comparison and index errors print it. */
export function typeOf(v: GoValue, flags: number): string {
  if (typeof v === 'bigint') return flags & INT ? 'int' : 'int64';
  return goTypeName(v);
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

function byteLength(s: string): number {
  // ASCII fast path: most strings in charts are ASCII.
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return utf8.encode(s).length;
  return s.length;
}

// ---- len, index, slice

function length(vals: GoValue[], flags: number[]): GoValue {
  const v = vals[0];
  if (v === null) {
    if (flags[0] & IFACE) throw new Error('len of nil pointer');
    throw new Error('reflect: call of reflect.Value.Type on zero Value');
  }
  if (typeof v === 'string') return BigInt(byteLength(v));
  const list = listOf(v);
  if (list) return BigInt(list.length);
  if (isGoMap(v)) return BigInt(Object.keys(v).length);
  const m = mapLikeOf(v);
  if (m) return BigInt(m.goEntries().length);
  throw new Error(`len of type ${typeOf(v, flags[0])}`);
}

/** Go's indexArg: an integer index within 0..cap. */
function indexArg(v: GoValue, flags: number, cap: number): number {
  if (v === null) throw new Error('cannot index slice/array with nil');
  if (typeof v !== 'bigint') throw new Error(`cannot index slice/array with type ${typeOf(v, flags)}`);
  if (v < 0n || v > BigInt(cap)) throw new Error(`index out of range: ${v}`);
  return Number(v);
}

/** Result flags of the last index call (IFACE when the item came out of a list or map). */
let indexFlags = 0;

function index(vals: GoValue[], flags: number[]): GoValue {
  let item = vals[0];
  let itemFlags = flags[0];
  if (item === null) throw new Error('index of untyped nil');
  for (let k = 1; k < vals.length; k++) {
    const idx = vals[k];
    if (item === null) throw new Error('index of nil pointer');
    if (typeof item === 'string') {
      const bytes = utf8.encode(item);
      const x = indexArg(idx, flags[k], bytes.length);
      if (x === bytes.length) throw new Error('reflect: string index out of range');
      item = BigInt(bytes[x]);
      itemFlags = 0;
      continue;
    }
    const list = listOf(item);
    if (list) {
      const x = indexArg(idx, flags[k], list.length);
      if (x === list.length) throw new Error('reflect: slice index out of range');
      item = list[x] ?? null;
      itemFlags = IFACE;
      continue;
    }
    if (isGoMap(item)) {
      if (idx === null) throw new Error('value is nil; should be of type string');
      if (typeof idx !== 'string') throw new Error(`value has type ${typeOf(idx, flags[k])}; should be string`);
      item = mapGet(item, idx) ?? null;
      itemFlags = IFACE;
      continue;
    }
    const m = mapLikeOf(item);
    if (m) {
      if (idx === null) throw new Error('value is nil; should be of type string');
      if (typeof idx !== 'string') throw new Error(`value has type ${typeOf(idx, flags[k])}; should be string`);
      item = m.goIndex(idx);
      itemFlags = 0;
      continue;
    }
    throw new Error(`can't index item of type ${typeOf(item, itemFlags)}`);
  }
  indexFlags = itemFlags;
  return item;
}

function slice(vals: GoValue[], flags: number[]): GoValue {
  const item = vals[0];
  if (item === null) throw new Error('slice of untyped nil');
  const n = vals.length - 1;
  if (n > 3) throw new Error(`too many slice indexes: ${n}`);
  let cap: number;
  let bytes: Uint8Array | null = null;
  const list = listOf(item);
  if (typeof item === 'string') {
    if (n === 3) throw new Error('cannot 3-index slice a string');
    bytes = utf8.encode(item);
    cap = bytes.length;
  } else if (list) {
    cap = list.length;
  } else throw new Error(`can't slice item of type ${typeOf(item, flags[0])}`);
  const idx = [0, cap, cap];
  for (let k = 0; k < n; k++) idx[k] = indexArg(vals[k + 1], flags[k + 1], cap);
  if (idx[0] > idx[1]) throw new Error(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (n === 3 && idx[1] > idx[2]) throw new Error(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (bytes) return utf8Decoder.decode(bytes.subarray(idx[0], idx[1]));
  return (list as GoValue[]).slice(idx[0], idx[1]);
}

// ---- comparison

const enum Kind {
  Invalid,
  Bool,
  Int,
  Float,
  String,
}

function basicKind(v: GoValue): Kind {
  switch (typeof v) {
    case 'boolean':
      return Kind.Bool;
    case 'bigint':
      return Kind.Int;
    case 'number':
      return Kind.Float;
    case 'string':
      return Kind.String;
  }
  return Kind.Invalid;
}

/** reflect Kind of a non-basic value, for "non-comparable types". */
function reflectKind(v: GoValue): string {
  if (v === null) return 'invalid';
  if (Array.isArray(v)) return 'slice';
  if (v instanceof GoObject) return listOf(v) ? 'slice' : mapLikeOf(v) ? 'map' : 'ptr';
  return 'map';
}

/** nil, or a nil map-like object (`eq .Chart.Annotations nil` holds for a chart without annotations). */
function isNilValue(v: GoValue): boolean {
  return v === null || (v instanceof GoObject && (v as Partial<{ goNil: boolean }>).goNil === true);
}

function eq(vals: GoValue[], flags: number[]): boolean {
  const a = vals[0];
  if (vals.length < 2) throw new Error('missing argument for comparison');
  const k1 = basicKind(a);
  for (let i = 1; i < vals.length; i++) {
    const b = vals[i];
    const k2 = basicKind(b);
    let truth = false;
    if (k1 !== k2) {
      if (a !== null && b !== null) {
        throw new Error(`incompatible types for comparison: ${typeOf(a, flags[0])} and ${typeOf(b, flags[i])}`);
      }
    } else if (k1 !== Kind.Invalid) {
      truth = a === b;
    } else {
      const ka = reflectKind(a);
      const kb = reflectKind(b);
      if (ka !== kb && a !== null && b !== null) {
        throw new Error(
          `non-comparable types ${sprintf('%s', [a])}: ${typeOf(a, flags[0])}, ${typeOf(b, flags[i])}: ${formatValue(b)}`,
        );
      }
      if (a === null || b === null) truth = isNilValue(a) && isNilValue(b);
      else if (kb !== 'ptr') throw new Error(`non-comparable type ${sprintf('%s', [b])}: ${typeOf(b, flags[i])}`);
      else truth = a === b;
    }
    if (truth) return true;
  }
  return false;
}

function lt(vals: GoValue[], flags: number[]): boolean {
  const [a, b] = vals;
  const k1 = basicKind(a);
  if (k1 === Kind.Invalid) throw new Error('invalid type for comparison');
  const k2 = basicKind(b);
  if (k2 === Kind.Invalid) throw new Error('invalid type for comparison');
  if (k1 !== k2) throw new Error(`incompatible types for comparison: ${typeOf(a, flags[0])} and ${typeOf(b, flags[1])}`);
  if (k1 === Kind.Bool) throw new Error('invalid type for comparison');
  return (a as string | number | bigint) < (b as string | number | bigint);
}

function le(vals: GoValue[], flags: number[]): boolean {
  return lt(vals, flags) || eq(vals, flags);
}

// ---- escaping

/** Go's evalArgs: one string as is, otherwise fmt.Sprint with nil printed as "<no value>". */
function evalArgs(vals: GoValue[]): string {
  if (vals.length === 1 && typeof vals[0] === 'string') return vals[0];
  return sprint(vals.map((v) => (v === null ? '<no value>' : v)));
}

const HTML_ESCAPES: Record<string, string> = {
  '\0': '\uFFFD',
  '"': '&#34;',
  "'": '&#39;',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};

export function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) => HTML_ESCAPES[c]);
}

const JS_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '<': '\\u003C',
  '>': '\\u003E',
  '&': '\\u0026',
  '=': '\\u003D',
};

export function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    const simple = JS_ESCAPES[ch];
    if (simple !== undefined) out += simple;
    else if (cp < 0x20) out += '\\u00' + cp.toString(16).toUpperCase().padStart(2, '0');
    else if (cp < 0x80 || isPrint(cp)) out += ch;
    else out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
  }
  return out;
}

/** url.QueryEscape. */
export function urlQueryEscape(s: string): string {
  let out = '';
  for (const b of utf8.encode(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Go types fmt cannot see in the values: integers flagged as Go `int` print %T as int. */
function operandTypes(flags: number[]): (string | undefined)[] | undefined {
  let types: (string | undefined)[] | undefined;
  flags.forEach((f, i) => {
    if (f & INT) (types ??= [])[i] = 'int';
  });
  return types;
}

// ---- the table

const V: ParamKind = 'value';

export const BUILTINS: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  // and/or are evaluated by the executor itself: they short-circuit.
  ['and', { params: [V], variadic: V }],
  ['or', { params: [V], variadic: V }],
  ['not', { params: [V], impl: (v) => !isTrue(v[0]) }],
  ['len', { params: [V], impl: length }],
  ['index', { params: [V], variadic: V, impl: index }],
  ['slice', { params: [V], variadic: V, impl: slice }],
  ['eq', { params: [V], variadic: V, impl: eq }],
  ['ne', { params: [V, V], impl: (v, f) => !eq(v, f) }],
  ['lt', { params: [V, V], impl: lt }],
  ['le', { params: [V, V], impl: le }],
  ['gt', { params: [V, V], impl: (v, f) => !le(v, f) }],
  ['ge', { params: [V, V], impl: (v, f) => !lt(v, f) }],
  ['print', { params: [], variadic: 'any', impl: (v, f) => sprint(v, operandTypes(f)) }],
  ['printf', { params: ['string'], variadic: 'any', impl: (v, f) => sprintf(v[0] as string, v.slice(1), operandTypes(f.slice(1))) }],
  ['println', { params: [], variadic: 'any', impl: (v, f) => sprintln(v, operandTypes(f)) }],
  ['html', { params: [], variadic: 'any', impl: (v) => htmlEscape(evalArgs(v)) }],
  ['js', { params: [], variadic: 'any', impl: (v) => jsEscape(evalArgs(v)) }],
  ['urlquery', { params: [], variadic: 'any', impl: (v) => urlQueryEscape(evalArgs(v)) }],
  [
    'call',
    {
      params: [V],
      variadic: V,
      impl: (v, f, callee) => {
        // Values are never functions in this engine, so call can only report what Go reports.
        if (v[0] === null) throw new Error('call of nil');
        throw new Error(`non-function ${callee} of type ${typeOf(v[0], f[0])}`);
      },
    },
  ],
]);

export const BUILTIN_NAMES: ReadonlySet<string> = new Set(BUILTINS.keys());

/** Flags of a builtin's result: len is an int; index passes on where its item came from. */
export function builtinResultFlags(name: string): number {
  if (name === 'len') return INT;
  if (name === 'index') return indexFlags;
  return 0;
}
