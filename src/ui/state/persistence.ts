// Autosave: each chart's values and release live in localStorage under their own key, so a
// reload loses nothing. Anything unreadable is ignored with a message, never a crash.
import type { TSchema } from 'typebox';
import { DEFAULT_RELEASE, type Release, type Values } from '../../core/types';
import { depthExceeds, MAX_VALUES_DEPTH } from '../../core/limits';
import { isMap } from '../../core/values';
import type { ValuesState } from './reducer';
import { storableValues } from './secretStorage';

const PREFIX = 'chart-configurator:v1:';
const FORMAT = 1;

/** The part of the Web Storage API we use (lets tests pass a Map-backed fake). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function storageKey(chartId: string): string {
  return `${PREFIX}${chartId}`;
}

export type LoadResult =
  | { kind: 'empty' }
  /** `omittedSecrets`: secrets the last save left out (kept in memory only), to be set again. */
  | { kind: 'loaded'; state: ValuesState; omittedSecrets?: string[] }
  | { kind: 'ignored'; message: string };

export function isRelease(value: unknown): value is Release {
  return isMap(value) && typeof value.name === 'string' && typeof value.namespace === 'string';
}

export function loadSaved(storage: KeyValueStorage | undefined, chartId: string): LoadResult {
  let raw: string | null;
  try {
    raw = storage ? storage.getItem(storageKey(chartId)) : null;
  } catch {
    return { kind: 'ignored', message: 'The browser does not allow reading saved values (storage blocked); starting from the chart defaults.' };
  }
  if (raw === null) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'ignored', message: 'Your saved values for this chart could not be read (damaged data) and were ignored.' };
  }
  if (!isMap(parsed) || parsed.format !== FORMAT || !isMap(parsed.values) || (parsed.release !== undefined && !isRelease(parsed.release))) {
    return { kind: 'ignored', message: 'Your saved values for this chart are in a form this version does not know and were ignored.' };
  }
  // Storage is as untrusted as a link (another tab, an extension, a hand edit): same depth cap.
  if (depthExceeds(parsed.values)) {
    return { kind: 'ignored', message: `Your saved values for this chart nest deeper than ${MAX_VALUES_DEPTH} levels and were ignored.` };
  }
  const release = isRelease(parsed.release) ? { name: parsed.release.name, namespace: parsed.release.namespace } : { ...DEFAULT_RELEASE };
  const omitted = Array.isArray(parsed.omitted) ? parsed.omitted.filter((p): p is string => typeof p === 'string').slice(0, 200) : [];
  return { kind: 'loaded', state: { userValues: parsed.values as Values, release }, ...(omitted.length > 0 ? { omittedSecrets: omitted } : {}) };
}

/**
 * Returns an error message when the browser refused to store (quota, private mode). With
 * `secretsOf` (memory-only secrets), the secrets of that schema are left out and listed instead.
 */
export function saveState(storage: KeyValueStorage | undefined, chartId: string, state: ValuesState, secretsOf?: TSchema): string | undefined {
  if (!storage) return undefined;
  try {
    const { values, omitted } = storableValues(state.userValues, secretsOf);
    storage.setItem(storageKey(chartId), JSON.stringify({ format: FORMAT, values, release: state.release, ...(omitted.length > 0 ? { omitted } : {}) }));
    return undefined;
  } catch (e) {
    return `Your values could not be saved in this browser (${e instanceof Error ? e.message : String(e)}). Download values.yaml to keep them.`;
  }
}

export function clearSaved(storage: KeyValueStorage | undefined, chartId: string): void {
  try {
    storage?.removeItem(storageKey(chartId));
  } catch {
    // Nothing to clear when storage is blocked.
  }
}

/** The browser's localStorage, or undefined when it is unavailable (blocked, or not a browser). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
