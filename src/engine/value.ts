// The value model the whole engine shares: how Go values of helm's templates live in JavaScript.
// Helm reads values files into float64 and --set integers into int64, and Go's template functions
// care about the difference (`eq 1 1.0` is an error, `printf "%d"` of a float prints %!d, 1e6 prints
// as 1e+06 only as a float), so ints and floats are two JavaScript types here.
//
//   Go                         JavaScript
//   nil (missing, untyped)     null (undefined is never stored; treat it as null when read)
//   bool                       boolean
//   string                     string
//   float64                    number
//   int, int64 (any int kind)  bigint (kept within int64 with BigInt.asIntN(64, n))
//   []interface{}              GoValue[] (a plain array)
//   map[string]interface{}     GoMap: an object WITHOUT prototype (Object.create(null)) or a plain
//                              object read from YAML/JSON; read keys only with hasKey/mapGet, never
//                              `obj[key]` on a user key (`constructor`, `__proto__` must be inert)
//   structs, methods, time...  a GoObject subclass (Chart, Release, Files, Capabilities, time.Time)

export type GoValue =
  | null
  | boolean
  | string
  | number
  | bigint
  | GoValue[]
  | GoMap
  | GoObject;

export interface GoMap {
  [key: string]: GoValue;
}

/** A Go function as the template engine calls it. Errors are thrown as Error with Go's wording. */
export type GoFunc = (...args: GoValue[]) => GoValue;

/**
 * The Go type of a function parameter, for the executor to check and convert arguments as
 * text/template's evalArg does (`{{ upper 3 }}` fails with "expected string; found 3", a float64
 * from values passed to an int parameter with "wrong type for value; expected int; got float64").
 * 'any' is interface{}, 'map' map[string]interface {}, 'list' []interface {}, 'time' time.Time.
 */
export type GoParamType = 'any' | 'string' | 'int' | 'int64' | 'uint32' | 'float64' | 'bool' | 'map' | 'list' | 'time';
/** Go's spelling of each parameter type, as argument errors print it. */
export const GO_PARAM_TYPE_NAMES: Readonly<Record<GoParamType, string>> = {
  any: 'interface {}',
  string: 'string',
  int: 'int',
  int64: 'int64',
  uint32: 'uint32',
  float64: 'float64',
  bool: 'bool',
  map: 'map[string]interface {}',
  list: '[]interface {}',
  time: 'time.Time',
};
export interface GoSignature {
  readonly params: readonly GoParamType[];
  /** Type of the `...T` last parameter, when the function is variadic. */
  readonly variadic?: GoParamType;
  /**
   * The function returns a Go `int` (atoi, int, randInt): the template engine remembers that the
   * bigint is an int, not an int64, for %T and error texts, as it does for constants and len.
   */
  readonly result?: 'int';
  /** The function reflects on its arguments' types (typeOf, kindOf): Go `int` ones come as GoIntOperand. */
  readonly reflectsInt?: boolean;
}
const signatureKey = Symbol('goSignature');
/** Attaches a Go signature to a function (returns the same function). */
export function withSignature<F extends GoFunc>(fn: F, sig: GoSignature): F {
  Object.defineProperty(fn, signatureKey, { value: sig });
  return fn;
}
/** The signature a function declared with withSignature, if any (untyped functions take any args). */
export function signatureOf(fn: GoFunc): GoSignature | undefined {
  return (fn as unknown as Record<symbol, GoSignature | undefined>)[signatureKey];
}

/**
 * A Go struct or other typed value: fields and methods by name. `goType` is what %T prints and what
 * error messages name (e.g. "*chart.Metadata", "chartutil.Values", "time.Time").
 */
export abstract class GoObject {
  abstract readonly goType: string;
  /** A field, or a method taking no arguments, by its Go name; undefined when there is none. */
  abstract field(name: string): GoValue | undefined;
  /** A method by its Go name, for calls with arguments (`.Files.Get "x"`); undefined when none. */
  method(_name: string): GoFunc | undefined {
    return undefined;
  }
  /** fmt %v of the value. */
  abstract format(): string;
}

/** One field of a Go struct, as encoders see it. */
export interface StructField {
  /** The Go field name: what templates read and the TOML encoder writes. */
  readonly name: string;
  /** The name encoding/json writes (the field's json tag) when it differs from `name`. */
  readonly json?: string;
  readonly value: GoValue;
}

/**
 * A GoObject that is a Go struct implements `structFields` (duck-typed, like `goElements` for
 * lists): its fields in declaration order. encoding/json and the TOML encoder keep that order (map
 * keys they sort), so `toJson` of `.Capabilities.KubeVersion` is {"Version":..,"Major":..,"Minor":..}.
 */
export interface GoStructLike {
  structFields(): readonly StructField[];
}

/** The fields of a struct-like GoObject in declaration order; undefined for anything else. */
export function structFieldsOf(v: unknown): readonly StructField[] | undefined {
  if (!(v instanceof GoObject)) return undefined;
  const f = (v as unknown as Partial<GoStructLike>).structFields;
  return typeof f === 'function' ? f.call(v) : undefined;
}

/**
 * A GoObject that Go sees as a map with methods (helm's `.Files` is a map[string][]byte):
 * implement these (duck-typed) and range, len, index, field access, truth and Sprig's empty treat
 * it as a map. isGoMap stays false for it: functions taking map[string]interface{} refuse it, as Go does.
 */
export interface GoMapLike {
  /** Keys and values in Go's range order (sorted keys). */
  goEntries(): [string, GoValue][];
  /** The value at `key`, or the element type's zero value when there is none (Go's map index). */
  goIndex(key: string): GoValue;
}

/** The map view of a map-like GoObject; undefined for anything else. */
export function mapLikeOf(v: unknown): GoMapLike | undefined {
  if (!(v instanceof GoObject)) return undefined;
  const o = v as unknown as Partial<GoMapLike>;
  return typeof o.goEntries === 'function' && typeof o.goIndex === 'function' ? (o as GoMapLike) : undefined;
}

/**
 * A Go `int` (bigint is int64 in this model) as the template engine hands it to a function whose
 * signature sets `reflectsInt`: `typeOf 1` is "int" in Go.
 */
export class GoIntOperand extends GoObject {
  readonly goType = 'int';
  constructor(readonly value: bigint) {
    super();
  }
  field(_name: string): GoValue | undefined {
    return undefined;
  }
  format(): string {
    return this.value.toString();
  }
}

const intFields = new WeakMap<GoMap, ReadonlySet<string>>();

/** Declares that the bigints under `keys` of `m` are Go `int`s (`.Release.Revision`). */
export function markIntFields(m: GoMap, keys: readonly string[]): void {
  intFields.set(m, new Set(keys));
}

/** Whether `m[key]` was declared a Go `int` with markIntFields. */
export function isIntField(m: GoMap, key: string): boolean {
  return intFields.get(m)?.has(key) === true;
}

export function isGoMap(v: unknown): v is GoMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoObject);
}

export function newMap(): GoMap {
  return Object.create(null) as GoMap;
}

export function hasKey(m: GoMap, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(m, key);
}

/** The value at `key`, or undefined when the map lacks the key (never an inherited property). */
export function mapGet(m: GoMap, key: string): GoValue | undefined {
  return hasKey(m, key) ? (m[key] ?? null) : undefined;
}

/** Sets a key on a map without ever invoking a setter such as `__proto__`. */
export function mapSet(m: GoMap, key: string, v: GoValue): void {
  // A prototype-free map has no inherited setter, so plain assignment is safe there and much
  // cheaper than defineProperty (values are copied key by key on every render).
  if (Object.getPrototypeOf(m) === null) m[key] = v;
  else Object.defineProperty(m, key, { value: v, writable: true, enumerable: true, configurable: true });
}

/** Keys in Go's order for maps (byte order), as range and fmt print them. */
export function sortedKeys(m: GoMap): string[] {
  return Object.keys(m).sort(compareGoStrings);
}

/** Go's string order (UTF-8 bytes, i.e. code points): a character past U+FFFF sorts after U+FFFF. */
export function compareGoStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

export function goInt(n: number | bigint): bigint {
  return BigInt.asIntN(64, typeof n === 'bigint' ? n : BigInt(Math.trunc(n)));
}

/** The Go type name %T prints and errors use. */
export function goTypeName(v: GoValue | undefined): string {
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'string':
      return 'string';
    case 'number':
      return 'float64';
    case 'bigint':
      return 'int64';
  }
  if (Array.isArray(v)) return '[]interface {}';
  if (v instanceof GoObject) return v.goType;
  return 'map[string]interface {}';
}
