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
export interface GoSignature {
  readonly params: readonly GoParamType[];
  /** Type of the `...T` last parameter, when the function is variadic. */
  readonly variadic?: GoParamType;
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
  Object.defineProperty(m, key, { value: v, writable: true, enumerable: true, configurable: true });
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
