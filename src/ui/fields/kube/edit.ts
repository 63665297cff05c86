// Reading and writing inside one Kubernetes item (a toleration, a probe...) without React: own keys
// only, copies instead of mutation, and empty maps and lists removed on the way back up so clearing
// an input leaves no `valueFrom: {}` behind.
import type { PathSeg } from '../../../core/paths';
import { isMap } from '../../../core/values';
import type { Parsed } from '../logic';

export type Item = Record<string, unknown>;

export function getIn(value: unknown, path: readonly PathSeg[]): unknown {
  let cur = value;
  for (const seg of path) {
    if (typeof seg === 'number') cur = Array.isArray(cur) ? cur[seg] : undefined;
    else cur = isMap(cur) && Object.hasOwn(cur, seg) ? cur[seg] : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

function putKey(map: Item, key: string, value: unknown): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

function isEmptyContainer(value: unknown): boolean {
  return (Array.isArray(value) && value.length === 0) || (isMap(value) && Object.keys(value).length === 0);
}

/**
 * `value` with `next` at `path` (undefined removes it). Containers emptied by a removal are removed
 * too, up to (not including) the root.
 */
export function setIn(value: unknown, path: readonly PathSeg[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [seg, ...rest] = path;
  if (typeof seg === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    const child = setIn(list[seg], rest, next);
    if (child === undefined || (next === undefined && isEmptyContainer(child))) list.splice(seg, 1);
    else {
      while (list.length < seg) list.push({});
      list[seg] = child;
    }
    return list;
  }
  const map: Item = {};
  if (isMap(value)) for (const [k, v] of Object.entries(value)) putKey(map, k, v);
  const child = setIn(Object.hasOwn(map, seg) ? map[seg] : undefined, rest, next);
  if (child === undefined || (next === undefined && isEmptyContainer(child))) delete map[seg];
  else putKey(map, seg, child);
  return map;
}

/** The items of a list value (anything else reads as no items). */
export function itemsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

// ---- text inputs

/** Kubernetes resource quantities: 250m, 0.5, 128Mi, 1G, 1e3. */
const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

export function isQuantity(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0;
  return typeof value === 'string' && QUANTITY.test(value) && !value.startsWith('-');
}

/** Text of a quantity input -> the value to store: plain numbers as numbers, the rest as written. */
export function parseQuantity(raw: string): Parsed<string | number | undefined> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  if (!isQuantity(text)) {
    return { ok: false, error: `"${raw}" is not a quantity: write a number with an optional unit, e.g. 250m or 0.5 for CPU, 128Mi or 1Gi for memory.` };
  }
  return { ok: true, value: PLAIN_NUMBER.test(text) ? Number(text) : text };
}

const UNITS: Record<string, number> = {
  m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** The amount a quantity stands for (to compare a request with its limit), or undefined. */
export function quantityAmount(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !isQuantity(value)) return undefined;
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(.*)$/.exec(value);
  if (!m) return undefined;
  const suffix = m[2];
  if (suffix === '') return Number(m[1]);
  if (/^[eE]/.test(suffix)) return Number(value);
  return Number(m[1]) * (UNITS[suffix] ?? Number.NaN);
}

export function parseIntegerInput(raw: string, min?: number, max?: number): Parsed<number | undefined> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) return { ok: false, error: `"${raw}" is not a whole number.` };
  const n = Number(text);
  if (min !== undefined && n < min) return { ok: false, error: `Must be at least ${min}.` };
  if (max !== undefined && n > max) return { ok: false, error: `Must be at most ${max}.` };
  return { ok: true, value: n };
}

/** A port: a number, or a named port of the container (`http`). */
export function parsePortInput(raw: string): Parsed<number | string | undefined> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  if (/^\d+$/.test(text)) return parseIntegerInput(text, 1, 65535);
  if (/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(text) && text.length <= 15 && /[a-z]/.test(text)) return { ok: true, value: text };
  return { ok: false, error: `"${raw}" is neither a port number (1-65535) nor a port name (up to 15 lower-case letters, digits and dashes).` };
}

/** Comma-separated text -> a list of strings (blank entries dropped); an empty text removes the key. */
export function parseCsv(raw: string): Parsed<string[] | undefined> {
  const parts = raw.split(',').map((p) => p.trim()).filter((p) => p !== '');
  return { ok: true, value: parts.length === 0 ? undefined : parts };
}

export function csvText(value: unknown): string {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') : '';
}

export function parseTextInput(raw: string): Parsed<string | undefined> {
  return { ok: true, value: raw === '' ? undefined : raw };
}

export function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

// ---- names Kubernetes checks

const NAME_PART = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Why a label or annotation key is not valid (`prefix/name`), or undefined. */
export function qualifiedKeyProblem(key: string): string | undefined {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length === 0 || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) {
    return `"${key}": the prefix before "/" must be a DNS name such as example.com.`;
  }
  if (name.length === 0 || name.length > 63 || !NAME_PART.test(name)) {
    return `"${key}": the name must be 1-63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit.`;
  }
  return undefined;
}

/** Why a label value is not valid (empty is allowed), or undefined. */
export function labelValueProblem(key: string, value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length > 63 || !NAME_PART.test(value)) {
    return `The value of "${key}" must be at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit.`;
  }
  return undefined;
}

/** Environment variable names as the kubelet accepts them. */
export function envNameProblem(name: string): string | undefined {
  return /^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(name) ? undefined : `"${name}" is not a valid variable name: use letters, digits, "_", "-" or ".", not starting with a digit.`;
}
