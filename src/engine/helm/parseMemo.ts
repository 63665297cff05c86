// fromYaml / fromJson remembered by text. Charts parse the same text again and again (bitnami's
// checksum annotations fromYaml a whole rendered ConfigMap, three times per workload, on every
// render), and parsing YAML was the biggest single cost of rendering such a chart. Go returns a new
// value on every call and templates may change it (set, unset, merge), so every call gets its own
// copy of the remembered value: copying is many times cheaper than parsing.
import { GoObject, newMap, type GoMap, type GoValue } from '../value';

/** A fresh copy of a parsed value: maps and lists are copied, scalars are immutable. */
export function copyParsed<T extends GoValue>(v: T): T {
  if (v === null || typeof v !== 'object' || v instanceof GoObject) return v;
  if (Array.isArray(v)) return v.map(copyParsed) as T;
  const out = newMap();
  for (const k of Object.keys(v)) out[k] = copyParsed((v as GoMap)[k]); // prototype-free: no setter to hit
  return out as T;
}

export interface MemoLimits {
  /** Texts remembered at most (the memo starts over when full). */
  entries: number;
  /** Characters of text remembered at most. */
  chars: number;
}

const DEFAULT_LIMITS: MemoLimits = { entries: 256, chars: 8 * 1024 * 1024 };

/** `parse`, remembering each text's result and handing out copies of it. */
export function memoizeParse<T extends GoValue>(parse: (text: string) => T, limits: MemoLimits = DEFAULT_LIMITS): (text: string) => T {
  const memo = new Map<string, T>();
  let chars = 0;
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      value = parse(text);
      if (text.length <= limits.chars) {
        if (memo.size >= limits.entries || chars + text.length > limits.chars) {
          memo.clear();
          chars = 0;
        }
        memo.set(text, value);
        chars += text.length;
      }
    }
    return copyParsed(value);
  };
}
