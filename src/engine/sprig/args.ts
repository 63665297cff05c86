// Declaring Sprig functions with their Go parameter types. The executor is expected to convert
// arguments from the signature (constants included, as text/template's evalArg does); the checks
// here are the same rules applied to values, so a function called directly still fails as Go does.
import { GO_PARAM_TYPE_NAMES, GoObject, goTypeName, isGoMap, withSignature } from '../value';
import type { GoFunc, GoMap, GoParamType, GoSignature, GoValue } from '../value';

/** Go's spelling of each parameter type, as its errors print it (shared with the executor). */
export const goParamTypeName = GO_PARAM_TYPE_NAMES;

/** An argument of the wrong type, worded as text/template's validateType words it. */
export class GoArgError extends Error {}

function wrongType(t: GoParamType, v: GoValue): GoArgError {
  return new GoArgError(`wrong type for value; expected ${goParamTypeName[t]}; got ${goTypeName(v)}`);
}

/** One argument checked against a parameter type, as Go's reflect call would take it. */
export function checkArg(t: GoParamType, raw: GoValue | undefined): GoValue {
  const v = raw ?? null;
  switch (t) {
    case 'any':
      return v;
    case 'string':
      if (typeof v === 'string') return v;
      break;
    case 'int':
    case 'int64':
    case 'uint32':
      // int and int64 are both bigint in our model, so Go's int/int64 mismatch is not detected.
      if (typeof v === 'bigint') return v;
      break;
    case 'float64':
      if (typeof v === 'number') return v;
      if (typeof v === 'bigint') return Number(v); // an integer constant converts in Go
      break;
    case 'bool':
      if (typeof v === 'boolean') return v;
      break;
    case 'map':
      if (v === null || isGoMap(v)) return v; // nil is a nil map
      break;
    case 'list':
      if (v === null || Array.isArray(v)) return v;
      break;
    case 'time':
      if (v instanceof GoObject && v.goType === 'time.Time') return v;
      break;
  }
  if (v === null) throw new GoArgError(`invalid value; expected ${goParamTypeName[t]}`);
  throw wrongType(t, v);
}

/**
 * A Go function with a signature: arguments are counted and checked before `impl` runs.
 * `name` is only for the arity message ("wrong number of args for NAME: want N got M").
 */
export function goFunc<A extends GoValue[]>(
  name: string,
  params: readonly GoParamType[],
  impl: (...args: A) => GoValue,
  variadic?: GoParamType,
  /** What the executor should know of the result's or the arguments' Go `int`-ness. */
  ints?: Pick<GoSignature, 'result' | 'reflectsInt'>,
): GoFunc {
  const sig: GoSignature = { ...(variadic ? { params, variadic } : { params }), ...ints };
  const fn: GoFunc = (...args: GoValue[]) => {
    const n = params.length;
    if (variadic ? args.length < n : args.length !== n) {
      throw new GoArgError(
        `wrong number of args for ${name}: want ${variadic ? 'at least ' : ''}${n} got ${args.length}`,
      );
    }
    // a plain loop: this wrapper runs on every Sprig call of every render
    const checked = new Array<GoValue>(args.length);
    for (let i = 0; i < args.length; i++) checked[i] = checkArg(i < n ? params[i] : (variadic as GoParamType), args[i]);
    return impl(...(checked as A));
  };
  return withSignature(fn, sig);
}

/** A registry of functions under their template names. */
export type FuncTable = Map<string, GoFunc>;

export function asMap(v: GoValue): GoMap | null {
  return v as GoMap | null;
}
