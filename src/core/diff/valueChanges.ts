// Which values an upgrade changes, and a cheap guess at which of them feed a field of an object.
// The guess is a heuristic, not a data-flow analysis: a changed value is named when its new (or old)
// text shows up in the field's new (or old) content, or when its key matches a hint the check gives
// (`/size/` for a volume size). Good enough to point the UI at the parameters; it can miss or over-name.
import { formatPath, type PathSeg } from '../paths';
import type { Values } from '../types';
import { deepEqual, isMap } from '../values';

export interface ValueChange {
  /** Dotted path (`a.b[0].c`); lists are compared whole, at the list's path. */
  path: string;
  /** Last map key on the path, for hints. */
  key: string;
  before: unknown;
  after: unknown;
}

/** Hostile values could be huge: past this many changed leaves the rest is not listed. */
const MAX_CHANGES = 5000;
/** Scalars read from one field for matching. */
const MAX_SCALARS = 20_000;

/** Leaves (and whole lists) that differ between two values trees; maps recurse. */
export function valueChanges(before: Values, after: Values): ValueChange[] {
  const out: ValueChange[] = [];
  const walk = (a: unknown, b: unknown, segs: PathSeg[]): void => {
    if (out.length >= MAX_CHANGES || deepEqual(a, b)) return;
    if (isMap(a) && isMap(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) walk(Object.hasOwn(a, key) ? a[key] : undefined, Object.hasOwn(b, key) ? b[key] : undefined, [...segs, key]);
      return;
    }
    const key = [...segs].reverse().find((s): s is string => typeof s === 'string') ?? '';
    out.push({ path: formatPath(segs), key, before: a, after: b });
  };
  walk(before, after, []);
  return out;
}

/** Every string and number inside a value, as text (capped). */
function scalarsOf(value: unknown, into: string[] = []): string[] {
  const stack: unknown[] = [value];
  while (stack.length > 0 && into.length < MAX_SCALARS) {
    const v = stack.pop();
    if (typeof v === 'string') into.push(v);
    else if (typeof v === 'number' || typeof v === 'bigint') into.push(String(v));
    else if (Array.isArray(v)) stack.push(...v);
    else if (isMap(v)) stack.push(...Object.values(v));
  }
  return into;
}

/** Whether a value's text appears in a field: long strings inside any text, short ones as a whole scalar. */
function appearsIn(value: unknown, scalars: readonly string[]): boolean {
  const needles = scalarsOf(value).filter((s) => s !== '');
  return needles.some((needle) => (needle.length >= 3 && !/^\d+$/.test(needle) ? scalars.some((s) => s.includes(needle)) : scalars.includes(needle)));
}

/** The value's new text arrives in the field, or its old text leaves it. */
function feeds(change: ValueChange, beforeScalars: readonly string[], afterScalars: readonly string[]): boolean {
  return (
    (appearsIn(change.after, afterScalars) && !appearsIn(change.after, beforeScalars)) ||
    (appearsIn(change.before, beforeScalars) && !appearsIn(change.before, afterScalars))
  );
}

/**
 * The changed values that plausibly feed a field whose content was `fieldBefore` and is `fieldAfter`
 * (see the file comment). `hint` matches value keys that feed it whatever their text.
 */
export function paramsFeeding(changes: readonly ValueChange[], fieldBefore: unknown, fieldAfter: unknown, hint?: RegExp): string[] {
  const beforeScalars = scalarsOf(fieldBefore);
  const afterScalars = scalarsOf(fieldAfter);
  return changes
    .filter((c) => (hint && hint.test(c.key)) || feeds(c, beforeScalars, afterScalars))
    .map((c) => c.path);
}
