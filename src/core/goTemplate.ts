// What helm's Go templates do to values on their way into manifest text, modelled as values in
// and values out: truthiness of `if`/`with`, how `{{ x }}` prints (fmt %v), what YAML then makes
// of an unquoted print, `quote`, `toYaml` inserts and key order (go-yaml v2), `toJson`
// (encoding/json) and the sprig functions charts use on values (`int`, `indent`, `b64enc`).
// Helm reads values files into float64 numbers, so every number prints the way Go prints a float.
// (`toYaml` printed inside a string, as exact text, is goYamlText.ts.)
import { formatFloat } from '../engine/go/strconv';
import { yamlKeyOrder } from '../engine/go/yamlEmit';
import { encodeBase64Url } from './base64url';

/** Go template truth (also sprig's `empty`, negated): nil, false, 0, "", empty list/map are false. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Go's fmt %v of a float64: shortest digits, exponent form below 1e-4 or from 1e6 (e.g. 1e+06). */
export function goFloat(n: number): string {
  return formatFloat(n, 'g', -1);
}

/** Byte order of keys, as Go's text/template ranges over a map and encoding/json writes one. */
export function goKeyOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How `{{ v }}` prints: fmt %v, with helm's empty output for a missing value. */
export function goString(v: unknown): string {
  if (v === null || v === undefined) return '';
  return printValue(v, true);
}

function printValue(v: unknown, top: boolean): string {
  if (v === null || v === undefined) return top ? '' : '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goFloat(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map((x) => printValue(x, false)).join(' ')}]`;
  if (isMap(v)) {
    const keys = Object.keys(v).sort(goKeyOrder);
    return `map[${keys.map((k) => `${k}:${printValue(v[k], false)}`).join(' ')}]`;
  }
  return String(v);
}

/**
 * The value a YAML 1.2 (core schema) reader gives to `key: {{ v }}`: the printed text read as a
 * plain scalar, so "8080" becomes a number and "" becomes null, just as in helm's output.
 */
export function plain(v: unknown): unknown {
  return resolvePlainScalar(goString(v));
}

const NULL_RE = /^(?:~|null|Null|NULL)?$/;
const TRUE_RE = /^(?:true|True|TRUE)$/;
const FALSE_RE = /^(?:false|False|FALSE)$/;
const INT_RE = /^[-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

export function resolvePlainScalar(raw: string): unknown {
  const comment = raw.search(/\s#/);
  const text = (comment >= 0 ? raw.slice(0, comment) : raw).trim();
  if (NULL_RE.test(text)) return null;
  if (TRUE_RE.test(text)) return true;
  if (FALSE_RE.test(text)) return false;
  if (INT_RE.test(text) || FLOAT_RE.test(text)) return Number(text);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}

// A print lands in a typed Kubernetes field; at run time the field holds whatever YAML reads from
// the printed text, exactly like helm's output, so these two only name the field's type.
export const plainString = (v: unknown) => plain(v) as string;
export const plainNumber = (v: unknown) => plain(v) as number;

/** `{{ v | quote }}`: always a string, except that sprig drops a nil argument (YAML null then). */
export function quoted(v: unknown): string | null {
  return v === null || v === undefined ? null : goString(v);
}

/** go-yaml v2's map key order, which `toYaml` output follows (one copy, in the engine). */
export { yamlKeyOrder };

/** A block inserted with `toYaml`: the same data, maps in go-yaml's key order at every depth. */
export function toYamlBlock<T>(v: T): T {
  return reorder(v, yamlKeyOrder) as T;
}

function reorder(v: unknown, order: (a: string, b: string) => number): unknown {
  if (Array.isArray(v)) return v.map((x) => reorder(x, order));
  if (!isMap(v)) return v;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v).sort(order)) {
    Object.defineProperty(out, key, { value: reorder(v[key], order), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A `toYaml` insert under a key the template always writes; nothing to insert reads as null. */
export function yamlInsert<T>(v: unknown): T {
  return (v === undefined ? null : toYamlBlock(v)) as T;
}

/**
 * `{{- with X }} key: {{ toYaml X }} {{- end }}`: the block when truthy, nothing otherwise. The value
 * is the user's own block, typed `never` so it fits whichever Kubernetes field it fills.
 */
export function withYaml<K extends string>(key: K, v: unknown): Partial<Record<K, never>> {
  return truthy(v) ? ({ [key]: toYamlBlock(v) } as Partial<Record<K, never>>) : {};
}

/** A `toYaml` map appended under a map the template already opened (pod annotations, labels). */
export function withYamlMap(v: unknown): Record<string, string> {
  return truthy(v) && isMap(v) ? yamlInsert<Record<string, string>>(v) : {};
}

/** A key whose list the template fills with `if` or `range` blocks: none printed leaves it empty, read as null. */
export function nullIfEmpty<T>(list: T[]): T[] {
  return (list.length > 0 ? list : null) as T[];
}

/** sprig `indent`: every line of the text, empty ones included, after that many spaces. */
export function indentText(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.split('\n').map((line) => pad + line).join('\n');
}

/**
 * sprig `int` (spf13/cast ToInt with the error dropped): numbers truncate, booleans are 0/1,
 * numeric strings parse with Go's base prefixes, anything else is 0.
 */
export function sprigInt(v: unknown): number {
  if (typeof v === 'number') return Number.isFinite(v) ? Math.trunc(v) : 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'string') return 0;
  // cast trims a zero decimal part ("3.0", "3.") before parsing.
  const s = /^([+-]?\d+)\.0*$/.exec(v)?.[1] ?? v;
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s.replaceAll(/(?<=[0-9a-fA-F])_(?=[0-9a-fA-F])/g, ''));
  if (!m) return 0;
  const body = m[2];
  const digits = /^0[0-7]+$/.test(body) ? `0o${body.slice(1)}` : /^0[oO]/.test(body) ? `0o${body.slice(2)}` : body;
  const n = Number(BigInt(digits));
  return m[1] === '-' ? -n : n;
}

/** sprig `b64enc`: standard base64 of the UTF-8 bytes, with padding. */
export function b64enc(text: string): string {
  const url = encodeBase64Url(new TextEncoder().encode(text)).replace(/-/g, '+').replace(/_/g, '/');
  return url + '='.repeat((4 - (url.length % 4)) % 4);
}

/** Entries of a map in the order `range $k, $v := map` visits them (list items by index). */
export function rangeEntries(v: unknown): [string, unknown][] {
  if (Array.isArray(v)) return v.map((x, i) => [String(i), x]);
  if (!isMap(v)) return [];
  return Object.keys(v)
    .sort(goKeyOrder)
    .map((k) => [k, v[k]]);
}

/** List items `range` visits; anything else visits nothing. */
export function rangeItems(v: unknown): unknown[] {
  return Array.isArray(v) ? v : isMap(v) ? Object.keys(v).sort(goKeyOrder).map((k) => v[k]) : [];
}

// encoding/json escapes these for safe embedding in HTML and JavaScript.
const GO_JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** sprig `toJson`: compact, map keys sorted, HTML-sensitive characters escaped like Go. */
export function toJson(v: unknown): string {
  const text = JSON.stringify(reorder(v, goKeyOrder) ?? null);
  return text.replace(/[<>&\u2028\u2029]/g, (c) => GO_JSON_ESCAPES[c]);
}

/** Field access `.a.b` on a value that may not be a map (missing -> undefined). */
export function field(v: unknown, key: string): unknown {
  return isMap(v) && Object.hasOwn(v, key) ? v[key] : undefined;
}
