// What the field components do with text, kept free of React so it can be tested on its own.
import type { TSchema } from 'typebox';
import { hasType, node, unionMembers } from '../../core/schemaNode';
import { kubeExampleYaml, kubeShapeOf } from '../../core/kubeShapes';
import type { PathSeg } from '../../core/paths';
import { deepEqual, isMap } from '../../core/values';
import { dumpYaml, parseYamlText } from '../../core/yamlText';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Whether the schema accepts null (a `X | null` union or `type: [..., 'null']`). */
export function acceptsNull(schema: TSchema): boolean {
  const n = node(schema);
  if (hasType(schema, 'null')) return true;
  return (n.anyOf ?? n.oneOf ?? []).some((m) => hasType(m, 'null'));
}

/**
 * Text of a number field -> the number to store. Keeps the user's text while it is not a number
 * yet ("-", "1e", "") and says why instead of storing something else.
 */
export function parseNumberInput(raw: string, kind: 'integer' | 'number', nullable: boolean): Parsed<number | null> {
  const text = raw.trim();
  if (text === '') return nullable ? { ok: true, value: null } : { ok: false, error: 'Enter a number.' };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return { ok: false, error: `"${raw}" is not a number.` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, error: 'The number is too large.' };
  if (kind === 'integer' && !Number.isInteger(value)) return { ok: false, error: 'Enter a whole number.' };
  if (kind === 'integer' && !Number.isSafeInteger(value)) return { ok: false, error: 'The number is too large to keep exactly.' };
  return { ok: true, value };
}

/** Integers stay numbers (ports, counts); anything else is a string ("25%", "http"). */
export function parseIntOrString(raw: string, nullable: boolean): number | string | null {
  if (raw === '' && nullable) return null;
  // Only the canonical form of an integer becomes a number, so the text shown is the text typed.
  if (/^(0|-?[1-9]\d*)$/.test(raw) && Number.isSafeInteger(Number(raw))) return Number(raw);
  return raw;
}

export function numberText(value: unknown): string {
  return typeof value === 'number' ? String(value) : value === null || value === undefined ? '' : String(value);
}

/** Empty text means null for nullable strings that default to null, else the empty string. */
export function stringFromInput(raw: string, nullable: boolean, defaultValue: unknown): string | null {
  return raw === '' && nullable && (defaultValue === null || defaultValue === undefined) ? null : raw;
}

/** A short, readable rendering of a default for "default: ..." hints. */
export function formatDefault(value: unknown): string {
  if (value === undefined) return 'none';
  if (value === null) return 'null';
  if (value === '') return '""';
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}...` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : truncate(JSON.stringify(value));
  if (isMap(value)) return Object.keys(value).length === 0 ? '{}' : truncate(JSON.stringify(value));
  return String(value);
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export interface KeyValueRow {
  key: string;
  value: string;
}

export function rowsFromMap(value: unknown): KeyValueRow[] {
  if (!isMap(value)) return [];
  return Object.entries(value).map(([key, v]) => ({ key, value: v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v) }));
}

/** Rows -> map; rows without a key are skipped (still being typed), a repeated key is an error. */
export function mapFromRows(rows: readonly KeyValueRow[]): Parsed<Record<string, string>> {
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.key === '') continue;
    if (seen.has(row.key)) return { ok: false, error: `The key "${row.key}" appears twice.` };
    seen.add(row.key);
    Object.defineProperty(out, row.key, { value: row.value, enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, value: out };
}

/** Whether the rows on screen already describe `value` (then external updates leave them alone). */
export function rowsDescribe(rows: readonly KeyValueRow[], value: unknown): boolean {
  const parsed = mapFromRows(rows);
  return parsed.ok && deepEqual(parsed.value, isMap(value) ? value : {});
}

export function stringListFrom(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) : [];
}

/** What an empty YAML block means for a field: an empty map or list by its type, else null. */
export function emptyYamlValue(schema: TSchema): unknown {
  const candidates = [schema, ...unionMembers(schema)];
  if (candidates.some((s) => hasType(s, 'array'))) return [];
  if (candidates.some((s) => hasType(s, 'object'))) return {};
  return null;
}

/**
 * A value as the inline YAML editor shows it: empty maps and lists as an empty text, a scalar (a
 * plain string such as an address) as one line without the line break a YAML document ends with.
 */
export function yamlFieldText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value) && value.length === 0) return '';
  if (isMap(value) && Object.keys(value).length === 0) return '';
  const text = dumpYaml(value);
  return typeof value === 'object' ? text : text.replace(/\n$/, '');
}

const SCALAR_TYPES = ['string', 'number', 'integer', 'boolean'];

/** A sample value of a schema node for a placeholder: its default, an enum member, or its type's. */
function sampleOf(schema: TSchema): unknown {
  const n = node(schema);
  if (n.default !== undefined && n.default !== null && !(typeof n.default === 'object' && Object.keys(n.default as object).length === 0)) return n.default;
  if (Array.isArray(n.enum) && n.enum.length > 0) return n.enum[0];
  if (hasType(schema, 'boolean')) return true;
  if (hasType(schema, 'integer') || hasType(schema, 'number')) return 1;
  if (hasType(schema, 'array')) return [];
  if (hasType(schema, 'object')) return {};
  return 'example';
}

/**
 * An example object from a node's declared properties (required ones first, at most four), so an
 * empty list of objects shows the keys its items take instead of a made-up `name`.
 */
function exampleFromProperties(schema: TSchema | undefined): Record<string, unknown> | undefined {
  if (!schema) return undefined;
  const n = node(schema);
  const properties = n.properties as Record<string, TSchema> | undefined;
  if (!properties || Object.keys(properties).length === 0) return undefined;
  const required = new Set<string>(Array.isArray(n.required) ? n.required : []);
  const keys = Object.keys(properties).sort((a, b) => Number(required.has(b)) - Number(required.has(a))).slice(0, 4);
  const example: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) example[key] = sampleOf(properties[key]);
  return { ...example };
}

/**
 * What an empty inline YAML editor suggests: the Kubernetes shape its name or schema reference says
 * (tolerations, probes, resources...), else the keys its schema declares, else the shapes it allows.
 */
export function yamlPlaceholder(schema: TSchema, segs: readonly PathSeg[] = [], defaultValue?: unknown): string {
  const shape = kubeShapeOf(segs, schema, defaultValue);
  if (shape) return `For example:\n${kubeExampleYaml(shape, schema, defaultValue).trimEnd()}`;
  const candidates = [schema, ...unionMembers(schema)];
  const scalar = candidates.some((s) => SCALAR_TYPES.some((t) => hasType(s, t)));
  const lists = candidates.filter((s) => hasType(s, 'array'));
  const listOfScalars = lists.length > 0 && lists.every((s) => {
    const items = node(s).items;
    return items !== undefined && !Array.isArray(items) && SCALAR_TYPES.some((t) => hasType(items, t));
  });
  const map = candidates.some((s) => hasType(s, 'object'));
  if (scalar && lists.length > 0) return listOfScalars ? 'One value, or a YAML list of values:\n- first\n- second' : 'One value, or a YAML list';
  if (lists.length > 0) {
    if (listOfScalars) return 'A YAML list, e.g.\n- first\n- second';
    const items = node(lists[0]).items;
    const item = exampleFromProperties(items !== undefined && !Array.isArray(items) ? items : undefined);
    return item ? `A YAML list, e.g.\n${dumpYaml([item]).trimEnd()}` : 'A YAML list of entries, one per "- " line';
  }
  if (map) {
    const example = candidates.map((s) => exampleFromProperties(s)).find((e) => e !== undefined);
    return example ? `A YAML map, e.g.\n${dumpYaml(example).trimEnd()}` : 'A YAML map, e.g.\nkey: value';
  }
  return 'A YAML value';
}

export function parseYamlField(text: string, schema: TSchema): Parsed<unknown> {
  const parsed = parseYamlText(text);
  if (!parsed.ok) return { ok: false, error: `Line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message}` };
  if (parsed.value === null || parsed.value === undefined) return { ok: true, value: emptyYamlValue(schema) };
  return { ok: true, value: parsed.value };
}

/**
 * Local text of a text-backed editor vs a value that came from the store: keep the text the user is
 * typing when it already means the value, else show the value.
 */
export function textToShow(localText: string, incoming: unknown, parse: (text: string) => Parsed<unknown>, format: (value: unknown) => string): string {
  const local = parse(localText);
  if (local.ok && deepEqual(local.value, incoming)) return localText;
  return format(incoming);
}

/** The keys of an open object that its schema does not name (edited together as YAML). */
export function extraKeys(schema: TSchema, value: unknown): Record<string, unknown> {
  const named = new Set(Object.keys(node(unionMembers(schema)[0] ?? schema).properties ?? node(schema).properties ?? {}));
  const out: Record<string, unknown> = {};
  if (!isMap(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (!named.has(key)) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The object with its unnamed keys replaced by `extras` (named keys keep their values). */
export function withExtraKeys(schema: TSchema, value: unknown, extras: Record<string, unknown>): Record<string, unknown> {
  const current = isMap(value) ? value : {};
  const extra = extraKeys(schema, current);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(current)) {
    if (!Object.hasOwn(extra, key)) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  for (const [key, v] of Object.entries(extras)) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * Enum options: a label, the value, and a key for the <option> (the string itself for strings, so
 * `selectOption('redis')` and `inputValue()` read naturally; JSON for other values; the index if
 * two would collide). null shows as "(none)".
 */
export function enumOptions(values: readonly unknown[]): { label: string; value: unknown; key: string }[] {
  const keys = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v)));
  const unique = new Set(keys).size === keys.length;
  return values.map((v, i) => ({ label: v === null ? '(none)' : v === '' ? '(empty)' : String(v), value: v, key: unique ? keys[i] : `#${i}` }));
}

/**
 * Rows from the text itself: MUI's auto-sizing measures each textarea in a layout effect, which
 * for the dozens of YAML fields of a chart cost a third of a second on first render.
 */
export function textRows(text: string, min = 2, max = 18): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return Math.min(Math.max(lines, min), max);
}
