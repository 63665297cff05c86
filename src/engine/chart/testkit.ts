// Test helpers: charts built in memory, and .tgz archives (tarWrite.ts) made from them.
import type { GoValue } from '../value';
import { GoObject } from '../value';
import type { ChartFiles } from './types';

const enc = new TextEncoder();

export function chartFiles(files: Record<string, string | Uint8Array>): ChartFiles {
  const out: ChartFiles = new Map();
  for (const [name, body] of Object.entries(files)) out.set(name, typeof body === 'string' ? enc.encode(body) : body);
  return out;
}

export { tar, tgz, type TarInput } from './tarWrite';

/** A Go value as sorted JSON, the way helm's toJson prints values (ints and floats alike). */
export function json(v: GoValue): string {
  const norm = (x: GoValue): unknown => {
    if (Array.isArray(x)) return x.map(norm);
    if (typeof x === 'bigint') return Number(x);
    if (x instanceof GoObject) {
      const j = (x as Partial<{ jsonValue(): GoValue }>).jsonValue;
      return typeof j === 'function' ? norm(j.call(x)) : {};
    }
    if (x !== null && typeof x === 'object') {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(x).sort()) {
        Object.defineProperty(o, k, { value: norm((x as Record<string, GoValue>)[k]), enumerable: true });
      }
      return o;
    }
    return x;
  };
  return JSON.stringify(norm(v));
}
