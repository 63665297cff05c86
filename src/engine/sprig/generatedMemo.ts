// Keys, certificates and password hashes remembered per call site within a chart session, so that
// a live preview re-rendering the same chart for every keystroke does not generate and sign again
// (RSA signing was over half of a bitnami chart's render in the browser). helm makes new ones on
// every run, so nobody can rely on them being new: a call written at the same place in the same
// file, with the same arguments, gets back what it got on an earlier render. Within one render
// the calls stay distinct as in helm: the n-th call of a site with given arguments is remembered
// apart from the (n+1)-th, so a loop still gets a certificate per iteration.
import { formatValue } from '../go/fmt';
import { GoObject, isGoMap, sortedKeys } from '../value';
import type { GoValue } from '../value';

export interface GeneratedMemoLimits {
  /** Results remembered at most (the memo starts over when full). */
  results: number;
  /** Longest argument text remembered (a larger call is made afresh every time). */
  argChars: number;
}

const DEFAULT_LIMITS: GeneratedMemoLimits = { results: 256, argChars: 64 * 1024 };
const MAX_KEY_DEPTH = 32;

/** An unambiguous text of the arguments (a list of two strings differs from one with a space). */
function argText(v: GoValue, depth = 0): string {
  if (depth > MAX_KEY_DEPTH) throw new RangeError('arguments nested too deep to remember');
  if (v === null) return 'nil';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'bigint':
      return `${v}i`;
    case 'number':
    case 'boolean':
      return String(v);
  }
  if (Array.isArray(v)) return `[${v.map((x) => argText(x, depth + 1)).join(',')}]`;
  if (v instanceof GoObject) return `${v.goType}${JSON.stringify(formatValue(v))}`;
  if (isGoMap(v)) return `{${sortedKeys(v).map((k) => `${JSON.stringify(k)}:${argText(v[k], depth + 1)}`).join(',')}}`;
  return JSON.stringify(formatValue(v));
}

/** One chart session's remembered results. */
export class GeneratedMemo {
  private readonly kept = new Map<string, GoValue[]>();
  /** Calls made so far in the current render, per site and arguments. */
  private readonly calls = new Map<string, number>();
  private results = 0;

  constructor(private readonly limits: GeneratedMemoLimits = DEFAULT_LIMITS) {}

  /** A new render starts: its calls are matched to the remembered ones from the first again. */
  startRender(): void {
    this.calls.clear();
  }

  /** The result remembered for this call (`name` at `site` with `args`), else `make()`'s, kept. */
  recall(name: string, site: string, args: readonly GoValue[], make: () => GoValue): GoValue {
    let key: string;
    try {
      key = `${name}\0${site}\0${args.map((a) => argText(a)).join('\0')}`;
    } catch {
      return make();
    }
    if (key.length > this.limits.argChars) return make();
    const nth = this.calls.get(key) ?? 0;
    this.calls.set(key, nth + 1);
    const kept = this.kept.get(key);
    if (kept && nth < kept.length) return kept[nth];
    const value = make(); // throws as the function does: failures are not remembered
    if (this.results >= this.limits.results) {
      this.kept.clear();
      this.results = 0;
    }
    const list = this.kept.get(key) ?? [];
    if (list.length === nth) {
      list.push(value);
      this.kept.set(key, list);
      this.results++;
    }
    return value;
  }
}

interface Active {
  memo: GeneratedMemo;
  site: () => string | null;
}
let active: Active | null = null;

/**
 * Runs `fn` (a render) with `memo` remembering the crypto functions' results; `site` names the call
 * being made (the template executor's current call site).
 */
export function withGeneratedMemo<T>(memo: GeneratedMemo, site: () => string | null, fn: () => T): T {
  const outer = active;
  active = { memo, site };
  memo.startRender();
  try {
    return fn();
  } finally {
    active = outer;
  }
}

/** `make()`, or what the same call returned on an earlier render of the session in progress. */
export function remembered(name: string, args: readonly GoValue[], make: () => GoValue): GoValue {
  const site = active?.site();
  if (!active || !site) return make();
  return active.memo.recall(name, site, args, make);
}
