// The undo history of a chart page, kept in localStorage beside its values so a reload can still
// undo. Size-capped (the newest steps are kept), read as hostile input: anything damaged, too large
// or not leading to the saved values is dropped, and the page starts with no history.
import type { TSchema } from 'typebox';
import { depthExceeds } from '../../core/limits';
import { deepEqual, isMap } from '../../core/values';
import { MAX_HISTORY, type History } from './history';
import { isRelease, type KeyValueStorage } from './persistence';
import type { ValuesState } from './reducer';
import { storableValues } from './secretStorage';

const PREFIX = 'chart-configurator:v1:history:';
const FORMAT = 1;
/** Characters of saved history at most; older steps are left out beyond it. */
export const MAX_SAVED_HISTORY_CHARS = 400_000;

export function historyKey(id: string): string {
  return `${PREFIX}${id}`;
}

// One entry's JSON per state object and storage mode: an autosave re-serialises only new steps.
const plainJson = new WeakMap<ValuesState, string>();
const withoutSecretsJson = new WeakMap<ValuesState, string>();

function entryJson(state: ValuesState, secretsOf: TSchema | undefined): string {
  const cache = secretsOf ? withoutSecretsJson : plainJson;
  let json = cache.get(state);
  if (json === undefined) {
    json = JSON.stringify({ v: storableValues(state.userValues, secretsOf).values, r: state.release });
    cache.set(state, json);
  }
  return json;
}

/**
 * The saved text of any history, each state written by `json`: the present, then the nearest steps
 * back and forward while they fit the cap.
 */
export function encodeHistory<S>(history: History<S>, json: (state: S) => string, maxChars = MAX_SAVED_HISTORY_CHARS): string {
  const present = json(history.present);
  let budget = maxChars - present.length;
  const past: string[] = [];
  for (let i = history.past.length - 1; i >= 0; i--) {
    const entry = json(history.past[i]);
    if (entry.length + 1 > budget) break;
    budget -= entry.length + 1;
    past.unshift(entry);
  }
  const future: string[] = [];
  for (const state of history.future) {
    const entry = json(state);
    if (entry.length + 1 > budget) break;
    budget -= entry.length + 1;
    future.push(entry);
  }
  return `{"format":${FORMAT},"past":[${past.join(',')}],"present":${present},"future":[${future.join(',')}]}`;
}

/** A chart page's history as saved text. */
export function historyText(history: History<ValuesState>, secretsOf?: TSchema, maxChars = MAX_SAVED_HISTORY_CHARS): string {
  return encodeHistory(history, (state) => entryJson(state, secretsOf), maxChars);
}

/** Reads saved history text; undefined when anything in it is damaged, foreign or too large. */
export function decodeHistory<S>(raw: string, read: (entry: unknown) => S | undefined): History<S> | undefined {
  if (raw.length > 2 * MAX_SAVED_HISTORY_CHARS) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isMap(parsed) || parsed.format !== FORMAT) return undefined;
  const entries = (list: unknown): S[] | undefined => {
    if (!Array.isArray(list) || list.length > MAX_HISTORY) return undefined;
    const out: S[] = [];
    for (const item of list) {
      const entry = read(item);
      if (entry === undefined) return undefined;
      out.push(entry);
    }
    return out;
  };
  const past = entries(parsed.past);
  const future = entries(parsed.future);
  const present = read(parsed.present);
  return past && future && present !== undefined ? { past, present, future } : undefined;
}

/** Reads a storage key; null when absent or when storage is blocked. */
export function readStored(storage: KeyValueStorage | undefined, key: string): string | null {
  try {
    return storage ? storage.getItem(key) : null;
  } catch {
    return null;
  }
}

/** Saves quietly; when the browser refuses (quota), the old history goes rather than blocking values. */
export function saveHistory(storage: KeyValueStorage | undefined, id: string, history: History<ValuesState>, secretsOf?: TSchema): void {
  storeHistoryText(storage, historyKey(id), history, () => historyText(history, secretsOf));
}

/** Writes `text()` under `key`, or removes the key when there is nothing to undo or redo. */
export function storeHistoryText(storage: KeyValueStorage | undefined, key: string, history: History<unknown>, text: () => string): void {
  if (!storage) return;
  try {
    if (history.past.length === 0 && history.future.length === 0) storage.removeItem(key);
    else storage.setItem(key, text());
  } catch {
    removeQuietly(storage, key);
  }
}

function removeQuietly(storage: KeyValueStorage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage blocked: nothing to clear.
  }
}

export function clearHistory(storage: KeyValueStorage | undefined, id: string): void {
  removeQuietly(storage, historyKey(id));
}

function readEntry(raw: unknown): ValuesState | undefined {
  if (!isMap(raw) || !isMap(raw.v) || !isRelease(raw.r) || depthExceeds(raw.v)) return undefined;
  return { userValues: raw.v, release: { name: raw.r.name, namespace: raw.r.namespace } };
}

/** The saved history when it is intact and its present is `current` (the values saved with it). */
export function loadHistory(storage: KeyValueStorage | undefined, id: string, current: ValuesState): History<ValuesState> | undefined {
  const raw = readStored(storage, historyKey(id));
  const saved = raw === null ? undefined : decodeHistory(raw, readEntry);
  if (!saved) return undefined;
  // Another tab may have saved other values since: then these steps do not lead to what is shown.
  const { present } = saved;
  if (!deepEqual(present.userValues, current.userValues) || !deepEqual(present.release, current.release)) return undefined;
  return { past: saved.past, present: current, future: saved.future };
}
