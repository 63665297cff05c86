// Test helper: call a Sprig function by name and print results as a template would (fmt %v).
import { formatValue } from '../go/fmt';
import type { GoValue } from '../value';
import { sprigFunctions } from './index';

const funcs = sprigFunctions();

export function call(name: string, ...args: GoValue[]): GoValue {
  const f = funcs.get(name);
  if (!f) throw new Error(`no function ${name}`);
  return f(...args);
}

/** The function's result as `{{ name args }}` prints it. */
export function show(name: string, ...args: GoValue[]): string {
  return formatValue(call(name, ...args));
}
