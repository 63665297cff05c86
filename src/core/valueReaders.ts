// Typed readers of values that may hold anything (users edit YAML, import files, open links): each
// never throws and answers "absent" (undefined, '', [] or {}) for a value of another type, so
// rules and renderers read values by path without casts. The text readers differ on purpose; each
// says which types it prints, and a chart picks the one whose meaning it needs.
import { goString, truthy } from './goTemplate';
import type { Values } from './types';
import { getAt, isMap } from './values';

/** Strings only. */
export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Strings; numbers and booleans printed as JavaScript prints them (what an env entry holds). */
export function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Strings, and numbers printed (a host, port or secret typed without quotes); '' for the rest. */
export function asStringOrNumber(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** Any value as JavaScript prints it, '' for null or absent: for messages that quote what was given. */
export function asPrinted(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

/** What `{{ if .x }}{{ .x }}{{ end }}` prints: helm's print of a value that is set, else ''. */
export function asHelmText(v: unknown): string {
  return truthy(v) ? goString(v) : '';
}

/** A finite number; numeric text does not count. */
export function asNumber(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A finite number, also from numeric text ("3", "-1.5"), since helm prints both the same way. */
export function asNumeric(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

/** Go template truth, as `{{ if }}` decides: nil, false, 0, "", empty list or map are false. */
export const asBool = truthy;

export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asMap(v: unknown): Values {
  return isMap(v) ? v : {};
}

/** The readers above at a dotted path (`a.b[0].c`) of one values tree. */
export interface ValueReader {
  /** The raw value at the path (undefined when absent). */
  at(path: string): unknown;
  string(path: string): string | undefined;
  text(path: string): string | undefined;
  number(path: string): number | undefined;
  numeric(path: string): number | undefined;
  bool(path: string): boolean;
  list(path: string): unknown[];
  map(path: string): Values;
}

/** Readers over a values tree of any declared type: paths are read as data, never trusted. */
export function readerOf(values: unknown): ValueReader {
  const at = (path: string) => getAt(values, path);
  return {
    at,
    string: (path) => asString(at(path)),
    text: (path) => asText(at(path)),
    number: (path) => asNumber(at(path)),
    numeric: (path) => asNumeric(at(path)),
    bool: (path) => truthy(at(path)),
    list: (path) => asList(at(path)),
    map: (path) => asMap(at(path)),
  };
}
