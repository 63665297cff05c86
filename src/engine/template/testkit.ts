// Helpers for this folder's tests: run a template the way helm names its files and data.
import type { GoFunc, GoValue } from '../value';
import { Templates } from './index';

export const FILE = 'c/templates/t.yaml';

/** Values as helm reads values.yaml: numbers are float64 (JavaScript numbers). */
export const VALUES = {
  f: 1.5,
  i: 3,
  big: 1000000,
  s: 'str',
  l: [1, 'a', null],
  m: { b: 2, a: 1 },
  t: true,
  z: 0,
  e: '',
  el: [],
  em: {},
  nested: { a: { b: { c: 'deep' } } },
  list2: [
    { name: 'x', v: 1 },
    { name: 'w', v: 2 },
  ],
};

/** Renders `text` as FILE with {Values, Release}; returns the output or the error's message. */
export function render(text: string, funcs: Map<string, GoFunc> = new Map(), values: GoValue = VALUES as unknown as GoValue): string {
  const t = new Templates(funcs);
  try {
    t.parse(FILE, text);
    return t.execute(FILE, { Values: values, Release: { Name: 'x', Namespace: 'default' } });
  } catch (e) {
    return `ERR ${(e as Error).message}`;
  }
}
