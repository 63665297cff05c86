// helm's template function map (pkg/engine/funcs.go + engine.go, v4.1.4): Sprig's functions without
// env/expandenv, the data-format functions, and the engine-bound ones: include, tpl, required, fail,
// lookup (an empty map: `helm template` has no cluster) and getHostByName ("" without --enable-dns).
import { quote } from '../go/strconv';
import { sprigFunctions } from '../sprig';
import type { Templates } from '../template';
import { withSignature, type GoFunc, type GoParamType, type GoValue } from '../value';
import { warnWrap } from './errors';
import { dataFunctions } from './dataFuncs';

/** include's recursion cap per template name (helm's recursionMaxNums). */
export const INCLUDE_MAX_DEPTH = 1000;
/**
 * Nested includes (all names) before we stop with helm's recursion error: a JavaScript stack holds
 * about 500-800 nested template executions, fewer than helm's 1000 per name, and only runaway
 * recursion goes this deep.
 */
export const INCLUDE_STACK_GUARD = 400;

/** The template set the engine-bound functions work on; tpl pushes its clone while it runs. */
export interface TemplateScope {
  current(): Templates;
  /** Runs `fn` with `set` as the current set (helm rebinds include/tpl to tpl's clone). */
  within<T>(set: Templates, fn: () => T): T;
  /** helm's includedNames: how deep each name is being included right now. */
  readonly includeDepth: Map<string, number>;
  /** The sum of includeDepth's values: how many includes are running. */
  includesRunning: number;
}

function typed(params: GoParamType[], fn: GoFunc): GoFunc {
  return withSignature(fn, { params });
}

/** Go's `"<no value>"` placeholder, which helm removes from every output. */
export function dropNoValue(s: string): string {
  return s.includes('<no value>') ? s.split('<no value>').join('') : s;
}

function includeFunc(scope: TemplateScope): GoFunc {
  return typed(['string', 'any'], (name, data) => {
    const n = name as string;
    const depth = scope.includeDepth.get(n) ?? 0;
    if (depth > INCLUDE_MAX_DEPTH || scope.includesRunning >= INCLUDE_STACK_GUARD) {
      throw new Error(`rendering template has a nested reference name: ${n}: unable to execute template`);
    }
    scope.includeDepth.set(n, depth + 1);
    scope.includesRunning++;
    try {
      return scope.current().execute(n, data);
    } finally {
      scope.includeDepth.set(n, scope.includeDepth.get(n)! - 1);
      scope.includesRunning--;
    }
  });
}

/** Error whose Go-style unwrap chain continues with `cause` (fmt.Errorf("...: %w", cause)). */
class WrappedError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

/**
 * tpl's parsed clones, per template set and text: a set never changes once parsed and executing
 * does not change a clone, so the same text (bitnami's helpers tpl every value) parses once.
 */
const tplClones = new WeakMap<Templates, Map<string, Templates>>();
const MAX_TPL_CLONES = 512;

function tplClone(parent: Templates, text: string): Templates {
  let clones = tplClones.get(parent);
  if (!clones) tplClones.set(parent, (clones = new Map()));
  const hit = clones.get(text);
  if (hit) return hit;
  const clone = parent.clone();
  try {
    clone.parse('gotpl', text);
  } catch (e) {
    throw new WrappedError(`cannot parse template ${quote(text)}: ${(e as Error).message}`, e);
  }
  if (clones.size >= MAX_TPL_CLONES) clones.clear();
  clones.set(text, clone);
  return clone;
}

function tplFunc(scope: TemplateScope): GoFunc {
  return typed(['string', 'any'], (text, data) => {
    const tpl = text as string;
    const clone = tplClone(scope.current(), tpl);
    return scope.within(clone, () => {
      let out: string;
      try {
        out = clone.execute('gotpl', data);
      } catch (e) {
        throw new WrappedError(`error during tpl function execution for ${quote(tpl)}: ${(e as Error).message}`, e);
      }
      return dropNoValue(out);
    });
  });
}

/** helm's `required`: nil or "" fails with the message; anything else passes through. */
const required = typed(['string', 'any'], (message, value) => {
  if (value === null || value === undefined || value === '') throw new Error(warnWrap(message as string));
  return value;
});

/** helm's `fail` (replaces Sprig's): always an error carrying the message. */
const fail = typed(['string'], (message) => {
  throw new Error(warnWrap(message as string));
});

/** `lookup` without a cluster: an empty map, as `helm template` gives. */
const lookup = typed(['string', 'string', 'string', 'string'], () => Object.create(null) as GoValue);

/** `getHostByName` without --enable-dns. */
const getHostByName = typed(['string'], () => '');

/** The whole function map for one render; include and tpl work on `scope`'s current set. */
export function helmFunctions(scope: TemplateScope): Map<string, GoFunc> {
  const funcs = sprigFunctions();
  funcs.delete('env');
  funcs.delete('expandenv');
  for (const [name, fn] of dataFunctions()) funcs.set(name, fn);
  funcs.set('include', includeFunc(scope));
  funcs.set('tpl', tplFunc(scope));
  funcs.set('required', required);
  funcs.set('fail', fail);
  funcs.set('lookup', lookup);
  funcs.set('getHostByName', getHostByName);
  return funcs;
}
